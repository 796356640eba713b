import { DEFAULT_LABELS } from '../prompts/schema';
import { getIn, rescaleLabels, setIn } from '../prompts/studio/edit';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import { fieldId, StudioProblems, type StudioSectionProps, StudioText, text } from './StudioField';

/** Props of {@link StudioScale}. */
export interface StudioScaleProps {
  /** The rating item's place in the pack's `ratingItems`. */
  index: number;
  section: StudioSectionProps;
}

const FROM = [0, 1];
const TO = [2, 3, 4, 5, 6, 7, 8, 9, 10];
// What the pack says when an item has no scale: the schema's default, which the form shows.
const DEFAULT = { min: 1, max: 5, labels: DEFAULT_LABELS };

/** The choices of a range field, plus the current value if the JSON view set one outside them. */
const choices = (allowed: number[], value: unknown) =>
  allowed.includes(value as number) ? allowed.map(String) : [String(value), ...allowed.map(String)];

/**
 * A rating item's scale: its lowest and highest points and one label per point, lowest first.
 * Changing the range keeps each label with its point; new points get empty labels to fill in.
 */
export function StudioScale({ index, section }: StudioScaleProps) {
  const { doc, at, onChange } = section;
  const base = `/ratingItems/${index}/scale`;
  const path = ['ratingItems', index, 'scale'];
  const scale: Record<string, unknown> = obj(getIn(doc, path)) ?? DEFAULT;
  const labels = arr(scale.labels);
  const min = scale.min;
  const max = scale.max;
  const write = (next: unknown) => onChange(setIn(doc, path, next));
  const range = (nextMin: number, nextMax: number) => {
    const from = typeof min === 'number' ? min : nextMin;
    write({
      ...scale,
      min: nextMin,
      max: nextMax,
      labels: rescaleLabels(labels, from, nextMin, nextMax),
    });
  };
  const select = (key: 'min' | 'max', label: string, allowed: number[]) => {
    const pointer = `${base}/${key}`;
    const id = fieldId(pointer);
    const problems = at(pointer);
    return (
      <div class="field studio-field">
        <label for={id}>{label}</label>
        <select
          id={id}
          data-pointer={pointer}
          value={String(scale[key])}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(e) => {
            const n = Number((e.currentTarget as HTMLSelectElement).value);
            const lo = key === 'min' ? n : typeof min === 'number' ? min : 1;
            const hi = key === 'max' ? n : typeof max === 'number' ? max : 5;
            range(lo, hi);
          }}
        >
          {choices(allowed, scale[key]).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
        <StudioProblems doc={doc} problems={problems} id={`${id}-problems`} />
      </div>
    );
  };
  const lowest = typeof min === 'number' ? min : 1;
  return (
    <fieldset class="studio-scale" data-testid="studio-scale">
      <legend>{i18n.t('studio.scale.heading')}</legend>
      <StudioProblems doc={doc} problems={at(base)} />
      <div class="studio-pair">
        {select('min', i18n.t('studio.scale.from'), FROM)}
        {select('max', i18n.t('studio.scale.to'), TO)}
      </div>
      <StudioProblems doc={doc} problems={at(`${base}/labels`)} />
      {labels.map((label, j) => (
        <StudioText
          // Labels are positional: the j-th is the j-th point's, whatever it says.
          key={j}
          pointer={`${base}/labels/${j}`}
          label={i18n.t('studio.scale.label', { n: j + 1, point: lowest + j })}
          value={text(label)}
          onValue={(v) => write({ ...scale, labels: labels.map((l, k) => (k === j ? v : l)) })}
          doc={doc}
          problems={at(`${base}/labels/${j}`)}
          lang={text(doc.locale) || undefined}
        />
      ))}
      <button type="button" data-testid="studio-scale-default" onClick={() => write(undefined)}>
        {i18n.t('studio.scale.useDefault')}
      </button>
    </fieldset>
  );
}
