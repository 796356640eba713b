import { i18n, uiLocale } from '../utils/i18n';

/** Props of {@link PacingBar}. */
export interface PacingBarProps {
  seconds: number;
  elapsed: number;
}

/** How far through a script's estimated speaking time the reader is. */
export function PacingBar({ seconds, elapsed }: PacingBarProps) {
  const shown = Math.min(elapsed, seconds);
  const locale = uiLocale();
  return (
    <label class="field pacing">
      <span>
        {i18n.t('practice.pacing', seconds, [seconds.toLocaleString(locale)], {
          shown: shown.toLocaleString(locale, { maximumFractionDigits: 0 }),
        })}
      </span>
      <progress data-testid="pacing-bar" max={seconds} value={shown} />
    </label>
  );
}
