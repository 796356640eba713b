import { COMPONENTS, KINDS } from '../prompts/schema';
import { appendIn, idsAt, setIn } from '../prompts/studio/edit';
import { newPrompt } from '../prompts/studio/templates';
import { arr, obj } from '../prompts/validate/loose';
import { i18n, type MessageKey } from '../utils/i18n';
import { StudioEntry } from './StudioEntry';
import {
  fieldId,
  fieldName,
  focusField,
  StudioProblems,
  type StudioSectionProps,
  StudioText,
  text,
} from './StudioField';
import { StudioItems } from './StudioItems';
import { PromptText, PromptWhy } from './StudioPromptText';
import { StudioSeconds } from './StudioSeconds';

const KIND_KEYS = {
  script: 'studio.kind.script',
  checklist: 'studio.kind.checklist',
  reflection: 'studio.kind.reflection',
  'self-care': 'studio.kind.selfCare',
} as const satisfies Record<(typeof KINDS)[number], MessageKey>;

const COMPONENT_KEYS = {
  'self-awareness': 'studio.component.selfAwareness',
  'empathy-emotion-regulation': 'studio.component.empathyEmotionRegulation',
  'communication-skills': 'studio.component.communicationSkills',
  'experiential-learning': 'studio.component.experientialLearning',
  'organisational-culture': 'studio.component.organisationalCulture',
} as const satisfies Record<(typeof COMPONENTS)[number], MessageKey>;

/** A labelled choice among fixed values, keeping a value the list does not know (from a file). */
function Choice(props: {
  pointer: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onValue: (v: string) => void;
  sectionProps: StudioSectionProps;
}) {
  const { doc, at } = props.sectionProps;
  const id = fieldId(props.pointer);
  const problems = at(props.pointer);
  const known = props.options.some(([v]) => v === props.value);
  return (
    <div class="field studio-field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        data-pointer={props.pointer}
        value={props.value}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        {!known && <option value={props.value}>{props.value}</option>}
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <StudioProblems doc={doc} problems={problems} id={`${id}-problems`} />
    </div>
  );
}

/** The moments a prompt shows at: one checkbox per moment of the pack (and any it names but lacks). */
function PromptMoments({ index, props }: { index: number; props: StudioSectionProps }) {
  const { doc, at, onChange } = props;
  const pointer = `/prompts/${index}/moments`;
  const chosen = arr(obj(arr(doc.prompts)[index])?.moments).filter(
    (m): m is string => typeof m === 'string',
  );
  const defined = idsAt(doc, ['moments']);
  const names = new Map(
    arr(doc.moments).map((m) => [text(obj(m)?.id), text(obj(m)?.name) || text(obj(m)?.id)]),
  );
  const all = [...defined, ...chosen.filter((m) => !defined.includes(m))];
  return (
    <fieldset class="studio-list" id={fieldId(pointer)} tabIndex={-1}>
      <legend>{i18n.t('studio.field.moments')}</legend>
      <small class="muted">{i18n.t('studio.hint.moments')}</small>
      <StudioProblems doc={doc} problems={at(pointer)} />
      {all.map((id) => (
        <label key={id} class="studio-check">
          <input
            type="checkbox"
            checked={chosen.includes(id)}
            onChange={(e) =>
              onChange(
                setIn(
                  doc,
                  ['prompts', index, 'moments'],
                  e.currentTarget.checked ? [...chosen, id] : chosen.filter((m) => m !== id),
                ),
              )
            }
          />
          {defined.includes(id) ? names.get(id) : i18n.t('studio.prompts.notInPack', { id })}
        </label>
      ))}
    </fieldset>
  );
}

/** The pack's prompts: kind, title, text (with its spoken length), framework, component, moments, source, items. */
export function StudioPrompts(props: StudioSectionProps) {
  const { doc, at, onChange } = props;
  const prompts = arr(doc.prompts);
  const lang = text(doc.locale) || undefined;
  const add = (kind: 'script' | 'checklist') => {
    onChange(appendIn(doc, ['prompts'], newPrompt(doc, kind)));
    focusField(`/prompts/${prompts.length}/title`);
  };
  return (
    <section aria-labelledby="studio-prompts-h" class="studio-section">
      <h2 id="studio-prompts-h">{i18n.t('studio.prompts.heading')}</h2>
      <StudioProblems doc={doc} problems={at('/prompts')} />
      {prompts.map((p, i) => {
        const prompt = obj(p) ?? {};
        const base = `/prompts/${i}`;
        const set = (key: string, value: unknown) =>
          onChange(setIn(doc, ['prompts', i, key], value));
        const textField = (key: string) => (
          <StudioText
            pointer={`${base}/${key}`}
            label={fieldName(key)}
            value={text(prompt[key])}
            onValue={(v) => set(key, v)}
            doc={doc}
            problems={at(`${base}/${key}`)}
            lang={lang}
          />
        );
        return (
          <StudioEntry
            key={i}
            list="prompts"
            index={i}
            section={props}
            nameKey="title"
            testId="studio-prompt"
          >
            <div class="studio-pair">
              <Choice
                pointer={`${base}/kind`}
                label={i18n.t('studio.field.kind')}
                value={text(prompt.kind)}
                options={KINDS.map((k) => [k, i18n.t(KIND_KEYS[k])] as const)}
                onValue={(v) => set('kind', v)}
                sectionProps={props}
              />
              <Choice
                pointer={`${base}/component`}
                label={i18n.t('studio.field.component')}
                value={text(prompt.component)}
                options={COMPONENTS.map((c) => [c, i18n.t(COMPONENT_KEYS[c])] as const)}
                onValue={(v) => set('component', v)}
                sectionProps={props}
              />
            </div>
            <PromptText index={i} props={props} />
            <StudioSeconds
              pointer={`${base}/seconds`}
              // A checklist is read through, items and all.
              text={[text(prompt.text), ...arr(prompt.items).map((it) => text(obj(it)?.text))].join(
                ' ',
              )}
              value={prompt.seconds}
              onValue={(v) => set('seconds', v)}
              doc={doc}
              problems={at(`${base}/seconds`)}
            />
            {(prompt.kind === 'checklist' || prompt.items !== undefined) && (
              <StudioItems index={i} props={props} />
            )}
            <div class="studio-pair">
              {textField('framework')}
              {textField('source')}
            </div>
            <PromptWhy index={i} props={props} />
            <PromptMoments index={i} props={props} />
          </StudioEntry>
        );
      })}
      <div class="row">
        <button type="button" data-testid="studio-add-prompt" onClick={() => add('script')}>
          {i18n.t('studio.prompts.addScript')}
        </button>
        <button type="button" data-testid="studio-add-checklist" onClick={() => add('checklist')}>
          {i18n.t('studio.prompts.addChecklist')}
        </button>
      </div>
    </section>
  );
}
