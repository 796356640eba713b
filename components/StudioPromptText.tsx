import { LIMITS } from '../prompts/limits';
import { setIn } from '../prompts/studio/edit';
import { arr, obj } from '../prompts/validate/loose';
import { i18n, uiLocale } from '../utils/i18n';
import { scriptParts } from '../utils/placeholders';
import { fieldName, type StudioSectionProps, StudioText, text } from './StudioField';

/** A prompt's text, with how to write a fill-in part and, once there is one, the text as the card shows it. */
export function PromptText({ index, props }: { index: number; props: StudioSectionProps }) {
  const { doc, at, onChange } = props;
  const pointer = `/prompts/${index}/text`;
  const value = text(obj(arr(doc.prompts)[index])?.text);
  const parts = scriptParts(value);
  return (
    <StudioText
      pointer={pointer}
      label={fieldName('text')}
      value={value}
      onValue={(v) => onChange(setIn(doc, ['prompts', index, 'text'], v))}
      doc={doc}
      problems={at(pointer)}
      multiline
      hint={i18n.t('studio.prompts.placeholderHint')}
      lang={text(doc.locale) || undefined}
    >
      {parts.some((p) => p.fill) && (
        <p
          class="studio-fill-preview"
          data-testid="studio-fill-preview"
          lang={text(doc.locale) || undefined}
        >
          <span class="muted">{i18n.t('studio.prompts.textShown')}</span>{' '}
          {parts.map((p, k) =>
            p.fill ? (
              <mark key={k} class="studio-fill">
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </p>
      )}
    </StudioText>
  );
}

/** The optional "why this works" line, with its length against the limit as the trainer types. */
export function PromptWhy({ index, props }: { index: number; props: StudioSectionProps }) {
  const { doc, at, onChange } = props;
  const pointer = `/prompts/${index}/why`;
  const value = text(obj(arr(doc.prompts)[index])?.why);
  const count = [...value].length;
  return (
    <StudioText
      pointer={pointer}
      label={fieldName('why')}
      value={value}
      // Left empty, the line leaves the file rather than staying as "".
      onValue={(v) => onChange(setIn(doc, ['prompts', index, 'why'], v === '' ? undefined : v))}
      doc={doc}
      problems={at(pointer)}
      hint={i18n.t('studio.prompts.whyHint')}
      lang={text(doc.locale) || undefined}
    >
      <small
        class={count > LIMITS.whyLength ? 'studio-count studio-count-over' : 'studio-count muted'}
        data-testid="studio-why-count"
      >
        {i18n.t('studio.prompts.whyCount', {
          count: count.toLocaleString(uiLocale()),
          max: LIMITS.whyLength.toLocaleString(uiLocale()),
        })}
      </small>
    </StudioText>
  );
}
