/** Props of {@link SiteToggle}. */
export interface SiteToggleProps {
  /** The current tab's site, or null on a page Attune cannot work on. */
  origin: string | null;
  enabled: boolean;
  quiet: boolean;
  onToggleSite: (on: boolean) => void;
  onToggleQuiet: (on: boolean) => void;
}

/** The popup's switches: Attune on this site, and quiet mode everywhere. */
export function SiteToggle({
  origin,
  enabled,
  quiet,
  onToggleSite,
  onToggleQuiet,
}: SiteToggleProps) {
  return (
    <div class="switches">
      {origin ? (
        <p class="site">
          <span data-testid="site-state">
            {enabled ? 'On for' : 'Off for'} <strong>{origin}</strong>
          </span>{' '}
          <button type="button" data-testid="site-toggle" onClick={() => onToggleSite(!enabled)}>
            {enabled ? 'Turn off here' : 'Turn on for this site'}
          </button>
        </p>
      ) : (
        <p class="site">Attune works on web sites (http and https pages).</p>
      )}
      <label class="quiet">
        <input
          type="checkbox"
          data-testid="quiet-mode"
          checked={quiet}
          onChange={(e) => onToggleQuiet(e.currentTarget.checked)}
        />
        Quiet mode (no nudges anywhere)
      </label>
    </div>
  );
}
