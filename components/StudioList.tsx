import type { Problem } from '../prompts/validate';
import { i18n } from '../utils/i18n';
import { fieldId, focusField, StudioProblems } from './StudioField';

/** Props of {@link StudioList}. */
export interface StudioListProps {
  /** The list's JSON Pointer; entry n is at `${pointer}/${n}`. */
  pointer: string;
  legend: string;
  values: readonly unknown[];
  onValues: (values: unknown[]) => void;
  /** An entry's accessible name, e.g. "keyword 2". */
  entryLabel: (n: number) => string;
  addLabel: string;
  hint?: string;
  doc: unknown;
  at: (pointer: string) => readonly Problem[];
  testId?: string;
}

/** A list of short texts (keywords, URL patterns, selectors): one field each, added and removed. */
export function StudioList(props: StudioListProps) {
  const { pointer, values, onValues, doc, at } = props;
  const hintId = props.hint ? `${fieldId(pointer)}-hint` : undefined;
  return (
    <fieldset class="studio-list" data-testid={props.testId} aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <small id={hintId} class="muted">
          {props.hint}
        </small>
      )}
      <StudioProblems doc={doc} problems={at(pointer)} />
      {values.map((value, n) => {
        const entry = `${pointer}/${n}`;
        const problems = at(entry);
        const problemsId = problems.length > 0 ? `${fieldId(entry)}-problems` : undefined;
        const label = props.entryLabel(n + 1);
        return (
          <div class="studio-list-entry" key={n}>
            <div class="row">
              <input
                type="text"
                id={fieldId(entry)}
                data-pointer={entry}
                aria-label={label}
                aria-invalid={problems.length > 0}
                aria-describedby={problemsId}
                value={typeof value === 'string' ? value : JSON.stringify(value)}
                onInput={(e) => {
                  const next = [...values];
                  next[n] = e.currentTarget.value;
                  onValues(next);
                }}
              />
              <button
                type="button"
                aria-label={i18n.t('studio.removeNamed', { name: label })}
                onClick={() => onValues(values.filter((_, k) => k !== n))}
              >
                {i18n.t('studio.remove')}
              </button>
            </div>
            <StudioProblems doc={doc} problems={problems} id={problemsId} />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onValues([...values, '']);
          focusField(`${pointer}/${values.length}`);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
