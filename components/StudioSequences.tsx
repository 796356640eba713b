import { appendIn, moveIn, removeIn, setIn } from '../prompts/studio/edit';
import { newSequence, nextStep } from '../prompts/studio/templates';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import { StudioEntry } from './StudioEntry';
import {
  fieldId,
  focusField,
  StudioEntryTools,
  StudioProblems,
  type StudioSectionProps,
  text,
} from './StudioField';

/** A sequence's steps, in order: each a prompt of the pack, moved up or down, or removed. */
function Steps({ index, props }: { index: number; props: StudioSectionProps }) {
  const { doc, at, onChange } = props;
  const path = ['sequences', index, 'prompts'];
  const pointer = `/sequences/${index}/prompts`;
  const steps = arr(obj(arr(doc.sequences)[index])?.prompts);
  const prompts = arr(doc.prompts).map((p) => [text(obj(p)?.id), text(obj(p)?.title)] as const);
  const lang = text(doc.locale) || undefined;
  return (
    <fieldset class="studio-list" id={fieldId(pointer)} tabIndex={-1} data-testid="studio-steps">
      <legend>{i18n.t('studio.field.steps')}</legend>
      <StudioProblems doc={doc} problems={at(pointer)} />
      <ol class="studio-steps">
        {steps.map((step, j) => {
          const entry = `${pointer}/${j}`;
          const problems = at(entry);
          const problemsId = problems.length > 0 ? `${fieldId(entry)}-problems` : undefined;
          const label = i18n.t('studio.sequences.step', { n: j + 1 });
          const value = typeof step === 'string' ? step : '';
          const known = prompts.some(([id]) => id === value);
          return (
            <li key={j} class="studio-list-entry">
              <div class="row">
                <select
                  id={fieldId(entry)}
                  data-pointer={entry}
                  data-testid="studio-step"
                  aria-label={label}
                  aria-invalid={problems.length > 0}
                  aria-describedby={problemsId}
                  value={value}
                  lang={lang}
                  onChange={(e) => onChange(setIn(doc, [...path, j], e.currentTarget.value))}
                >
                  {!known && (
                    <option value={value}>{value || i18n.t('studio.sequences.choose')}</option>
                  )}
                  {prompts.map(([id, title]) => (
                    <option key={id} value={id}>
                      {title || id}
                    </option>
                  ))}
                </select>
                <StudioEntryTools
                  name={label}
                  index={j}
                  count={steps.length}
                  onMove={(to) => onChange(moveIn(doc, path, j, to))}
                  onRemove={() => onChange(removeIn(doc, path, j))}
                />
              </div>
              <StudioProblems doc={doc} problems={problems} id={problemsId} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        data-testid="studio-add-step"
        onClick={() => {
          onChange(appendIn(doc, path, nextStep(doc, index)));
          focusField(`${pointer}/${steps.length}`);
        }}
      >
        {i18n.t('studio.sequences.addStep')}
      </button>
    </fieldset>
  );
}

/** The pack's sequences: a title, an id and the ordered steps of each conversation. */
export function StudioSequences(props: StudioSectionProps) {
  const { doc, at, onChange } = props;
  const sequences = arr(doc.sequences);
  return (
    <section aria-labelledby="studio-sequences-h" class="studio-section">
      <h2 id="studio-sequences-h">{i18n.t('studio.sequences.heading')}</h2>
      <p class="muted">{i18n.t('studio.sequences.intro')}</p>
      <StudioProblems doc={doc} problems={at('/sequences')} />
      {sequences.map((_, i) => (
        <StudioEntry
          key={i}
          list="sequences"
          index={i}
          section={props}
          nameKey="title"
          testId="studio-sequence"
        >
          <Steps index={i} props={props} />
        </StudioEntry>
      ))}
      {arr(doc.prompts).length < 2 && <p class="muted">{i18n.t('studio.sequences.fewPrompts')}</p>}
      <button
        type="button"
        data-testid="studio-add-sequence"
        disabled={arr(doc.prompts).length < 2}
        onClick={() => {
          onChange(appendIn(doc, ['sequences'], newSequence(doc)));
          focusField(`/sequences/${sequences.length}/title`);
        }}
      >
        {i18n.t('studio.sequences.add')}
      </button>
    </section>
  );
}
