import { LIMITS } from '../prompts/limits';
import type { Problem } from '../prompts/validate';
import { speechSeconds } from '../prompts/validate/speech';
import { i18n, uiLocale } from '../utils/i18n';
import { fieldName, StudioText } from './StudioField';

/** Props of {@link StudioSeconds}. */
export interface StudioSecondsProps {
  pointer: string;
  /** The prompt's text, whose words give the estimate. */
  text: string;
  value: unknown;
  onValue: (seconds: unknown) => void;
  doc: unknown;
  problems: readonly Problem[];
}

/**
 * A prompt's seconds, with the time its words take to say aloud as the trainer types (the
 * validator's own estimate), a warning past 40 seconds, and a button to use the estimate.
 */
export function StudioSeconds(props: StudioSecondsProps) {
  const estimate = Math.ceil(speechSeconds(props.text));
  const seconds = estimate.toLocaleString(uiLocale());
  return (
    <StudioText
      pointer={props.pointer}
      label={fieldName('seconds')}
      inputMode="numeric"
      value={typeof props.value === 'number' ? String(props.value) : ''}
      // A number in the file; an empty or half-typed field stays a string so its problem shows.
      onValue={(v) => props.onValue(v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v)}
      doc={props.doc}
      problems={props.problems}
    >
      <p class="studio-estimate" data-testid="studio-estimate" aria-live="polite">
        {i18n.t('studio.prompts.estimate', { seconds })}{' '}
        {estimate > 0 && estimate !== props.value && (
          <button
            type="button"
            data-testid="studio-use-estimate"
            onClick={() => props.onValue(estimate)}
          >
            {i18n.t('studio.prompts.useEstimate', { seconds })}
          </button>
        )}
      </p>
      {estimate > LIMITS.scriptSeconds && (
        <p class="studio-warning" role="note" data-testid="studio-too-long">
          {i18n.t('studio.prompts.tooLong')}
        </p>
      )}
    </StudioText>
  );
}
