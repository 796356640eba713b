/**
 * The overlay's own stylesheet, adapted to sit in a page instead of floating over one: its
 * `:host` rules (fixed position, top layer, corners) apply to a wrapper class instead, which a
 * last rule puts back in the flow, and its dark-scheme rules are switched on or off so the light
 * and dark cards can be seen side by side whatever the system's scheme.
 */
export function previewCss(css: string, scheme: 'light' | 'dark'): string {
  const forced = css.replace(
    /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/g,
    scheme === 'dark' ? '@media all' : '@media not all',
  );
  // Plain `:host` styles the wrapper; its corner offsets are undone below (the overlay places its
  // card with a sheet of its own, which the preview does not have).
  const hosted = forced.replace(/:host(?!\()/g, `.${PREVIEW_HOST_CLASS}`);
  return `${hosted}
.${PREVIEW_HOST_CLASS} {
  position: relative !important;
  inset: auto !important;
  z-index: auto !important;
  color-scheme: ${scheme} !important;
}
.${PREVIEW_HOST_CLASS} .pill-row { margin-top: 12px; }
/* Redrawn as the trainer types: the card's entrance would replay and fade it every time. */
.${PREVIEW_HOST_CLASS} .card { animation: none !important; }
`;
}

/** The class of the element inside the preview's shadow root that stands in for the host. */
export const PREVIEW_HOST_CLASS = 'attune-preview-host';
