import { fillParts, i18n, rawMessage } from '../utils/i18n';

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
            {fillParts(rawMessage(enabled ? 'site.onFor' : 'site.offFor'), {
              origin: <strong>{origin}</strong>,
            })}
          </span>{' '}
          <button type="button" data-testid="site-toggle" onClick={() => onToggleSite(!enabled)}>
            {enabled ? i18n.t('site.turnOff') : i18n.t('site.turnOn')}
          </button>
        </p>
      ) : (
        <p class="site">{i18n.t('site.notWeb')}</p>
      )}
      <label class="quiet">
        <input
          type="checkbox"
          data-testid="quiet-mode"
          checked={quiet}
          onChange={(e) => onToggleQuiet(e.currentTarget.checked)}
        />
        {i18n.t('site.quietMode')}
      </label>
    </div>
  );
}
