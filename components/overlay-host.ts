/**
 * The overlay's host on a clinical page (entrypoints/overlay/): a built-in `div`, which a page can
 * neither define nor upgrade (a custom-element name could be defined by the page first, which
 * then owned the element and, through `attachInternals()`, its closed shadow root), marked with
 * this attribute. The watcher ignores it; tests find the card through it.
 */
export const OVERLAY_ATTR = 'data-attune-overlay';

/** Finds the overlay's host (the test contract, docs/testing.md). */
export const OVERLAY_SELECTOR = `div[${OVERLAY_ATTR}]`;

/** True for the overlay's host element. */
export const isOverlayHost = (el: Element): boolean =>
  el.localName === 'div' && el.hasAttribute(OVERLAY_ATTR);

/**
 * Events that work the card's controls. Only the user's own (`isTrusted`) reach them: a page's
 * script that dispatches one, or calls `.click()`, is stopped before any handler runs, and its
 * default action (a checkbox ticking) is cancelled.
 */
const CONTROL_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
] as const;

/** Stops every untrusted control event at `root` (capture phase), before it reaches a control. */
export function blockUntrusted(root: EventTarget): void {
  const stop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of CONTROL_EVENTS) root.addEventListener(type, stop, true);
}

/**
 * Calls `onScreen` once, the first time `el` is laid out with a size inside the viewport (after
 * the browser's next rendering, without forcing the page's layout); returns a stop function.
 */
export function whenOnScreen(el: Element, onScreen: () => void): () => void {
  const observer = new IntersectionObserver((entries) => {
    const seen = entries.some(
      ({ isIntersecting, boundingClientRect: box }) =>
        isIntersecting && box.width > 0 && box.height > 0,
    );
    if (!seen) return;
    observer.disconnect();
    onScreen();
  });
  observer.observe(el);
  return () => observer.disconnect();
}
