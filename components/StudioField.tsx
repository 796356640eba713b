import type { ComponentChildren } from 'preact';
import { describePath, type PathLabel, type Subject } from '../prompts/studio/labels';
import type { Problem } from '../prompts/validate';
import { i18n, type MessageKey } from '../utils/i18n';

/**
 * `i18n.t` for a key chosen from a table at run time: the generated signature is one overload per
 * key's placeholders, which a union of keys cannot pick. The tables are checked against MessageKey.
 */
export const tKey = i18n.t as unknown as (
  key: MessageKey,
  values?: Record<string, string | number>,
) => string;

const SUBJECT_KEYS = {
  moment: ['studio.label.moment', 'studio.label.momentN'],
  prompt: ['studio.label.prompt', 'studio.label.promptN'],
  ratingItem: ['studio.label.ratingItem', 'studio.label.ratingItemN'],
  checklistItem: ['studio.label.checklistItem', 'studio.label.checklistItemN'],
  sequence: ['studio.label.sequence', 'studio.label.sequenceN'],
} as const satisfies Record<Subject['kind'], readonly [MessageKey, MessageKey]>;

const FIELD_KEYS: Record<string, MessageKey> = {
  id: 'studio.field.id',
  version: 'studio.field.version',
  name: 'studio.field.name',
  description: 'studio.field.description',
  author: 'studio.field.authorName',
  'author.name': 'studio.field.authorName',
  'author.organisation': 'studio.field.authorOrganisation',
  licence: 'studio.field.licence',
  locale: 'studio.field.locale',
  format: 'studio.field.format',
  $schema: 'studio.field.schema',
  signature: 'studio.field.signature',
  triggers: 'studio.field.triggers',
  urlPatterns: 'studio.field.urlPatterns',
  keywords: 'studio.field.keywords',
  selectors: 'studio.field.selectors',
  kind: 'studio.field.kind',
  title: 'studio.field.title',
  text: 'studio.field.text',
  framework: 'studio.field.framework',
  component: 'studio.field.component',
  seconds: 'studio.field.seconds',
  source: 'studio.field.source',
  moments: 'studio.field.moments',
  prompts: 'studio.field.prompts',
  items: 'studio.field.items',
  ratingItems: 'studio.field.ratingItems',
  scale: 'studio.field.scale',
  'scale.min': 'studio.scale.fieldMin',
  'scale.max': 'studio.scale.fieldMax',
  'scale.labels': 'studio.scale.fieldLabels',
  why: 'studio.field.why',
  sequences: 'studio.field.sequences',
  steps: 'studio.field.steps',
  replaces: 'studio.field.replaces',
  'replaces.sites': 'studio.field.replaces',
};

const ENTRY_KEYS: Record<string, MessageKey> = {
  urlPatterns: 'studio.entry.urlPatterns',
  keywords: 'studio.entry.keywords',
  selectors: 'studio.entry.selectors',
  moments: 'studio.entry.moments',
  'scale.labels': 'studio.entry.labels',
  steps: 'studio.entry.steps',
  'replaces.sites': 'studio.entry.sites',
};

/** An entry as the trainer named it ("Prompt “Name the emotion”"), or by its place in its list. */
export function subjectName(s: Subject): string {
  const [named, numbered] = SUBJECT_KEYS[s.kind];
  return s.name === null ? tKey(numbered, { n: s.index + 1 }) : tKey(named, { name: s.name });
}

/** A field's name as the forms label it, or the key itself (quoted) for a field no form shows. */
export function fieldName(field: string): string {
  const key = FIELD_KEYS[field];
  return key ? tKey(key) : i18n.t('studio.label.unknownField', { field });
}

/** "Seconds" → "seconds" inside a sentence; "URL patterns" stays as it is. */
const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Ll}/u.test(s) ? `${s.slice(0, 1).toLocaleLowerCase()}${s.slice(1)}` : s;

/** The words for a problem's place: "Prompt “Name the emotion”: seconds", "Pack: version". */
export function formatLabel(label: PathLabel): string {
  const subject =
    label.subjects.length > 0
      ? label.subjects.map(subjectName).join(' › ')
      : i18n.t('studio.label.pack');
  if (label.field === null) return i18n.t('studio.label.entryOnly', { subject });
  const entryKey = ENTRY_KEYS[label.field];
  const field =
    label.entry !== null && entryKey
      ? tKey(entryKey, { n: label.entry + 1 })
      : lowerFirst(fieldName(label.field));
  return i18n.t('studio.label.withField', { subject, field });
}

/** A problem as a trainer reads it: what it is about, then the validator's words. */
export function problemText(doc: unknown, p: Problem): string {
  return `${formatLabel(describePath(doc, p.path))} ${p.message}`;
}

/** Props of {@link StudioProblems}. */
export interface StudioProblemsProps {
  doc: unknown;
  problems: readonly Problem[];
  id?: string;
}

/** The problems found at one place of the form, each named by what the trainer sees. */
export function StudioProblems({ doc, problems, id }: StudioProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ul class="studio-problems" id={id}>
      {problems.map((p, i) => (
        <li key={`${p.path}-${i}`} data-testid="studio-problem" data-path={p.path}>
          {problemText(doc, p)}
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link StudioText}. */
export interface StudioTextProps {
  /** The field's JSON Pointer: its id and where its problems come from. */
  pointer: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  doc: unknown;
  problems: readonly Problem[];
  hint?: string;
  multiline?: boolean;
  /** 'numeric' for a number typed as text (a number input hides what was typed when invalid). */
  inputMode?: 'numeric';
  /** The pack's language, for fields whose text is the pack's content. */
  lang?: string;
  children?: ComponentChildren;
}

/** The element id of the field at a JSON Pointer (stable, so the summary can link to it). */
export const fieldId = (pointer: string) => `f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** One labelled text field with its hint and, right under it, its live problems. */
export function StudioText(props: StudioTextProps) {
  const id = fieldId(props.pointer);
  const hintId = props.hint ? `${id}-hint` : '';
  const problemsId = props.problems.length > 0 ? `${id}-problems` : '';
  const describedBy = [hintId, problemsId].filter(Boolean).join(' ') || undefined;
  const onInput = (e: Event) => props.onValue((e.currentTarget as HTMLInputElement).value);
  return (
    <div class="field studio-field">
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          rows={3}
          id={id}
          value={props.value}
          lang={props.lang}
          aria-invalid={props.problems.length > 0}
          aria-describedby={describedBy}
          data-pointer={props.pointer}
          onInput={onInput}
        />
      ) : (
        <input
          type="text"
          inputMode={props.inputMode}
          id={id}
          value={props.value}
          lang={props.lang}
          aria-invalid={props.problems.length > 0}
          aria-describedby={describedBy}
          data-pointer={props.pointer}
          onInput={onInput}
        />
      )}
      {props.hint && (
        <small id={hintId} class="muted">
          {props.hint}
        </small>
      )}
      {props.children}
      <StudioProblems doc={props.doc} problems={props.problems} id={problemsId || undefined} />
    </div>
  );
}

/** Props of {@link StudioEntryTools}. */
export interface StudioEntryToolsProps {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Up, down and remove for one entry of a list, each button naming the entry for screen readers. */
export function StudioEntryTools({ name, index, count, onMove, onRemove }: StudioEntryToolsProps) {
  return (
    <span class="studio-tools">
      <button
        type="button"
        disabled={index === 0}
        aria-label={i18n.t('studio.moveUpNamed', { name })}
        onClick={() => onMove(index - 1)}
      >
        {i18n.t('studio.moveUp')}
      </button>
      <button
        type="button"
        disabled={index === count - 1}
        aria-label={i18n.t('studio.moveDownNamed', { name })}
        onClick={() => onMove(index + 1)}
      >
        {i18n.t('studio.moveDown')}
      </button>
      <button
        type="button"
        data-testid="studio-remove"
        aria-label={i18n.t('studio.removeNamed', { name })}
        onClick={onRemove}
      >
        {i18n.t('studio.remove')}
      </button>
    </span>
  );
}

/** What every part of the studio's form gets: the draft, its problems by place, and a setter. */
export interface StudioSectionProps {
  doc: Record<string, unknown>;
  /** The problems placed at a JSON Pointer (prompts/studio/place.ts). */
  at: (pointer: string) => readonly Problem[];
  onChange: (next: unknown) => void;
}

/** Moves the focus to the field at a pointer once it is rendered (after adding an entry). */
export function focusField(pointer: string): void {
  requestAnimationFrame(() => document.getElementById(fieldId(pointer))?.focus());
}

/** A string value of loose JSON, or ''. */
export const text = (x: unknown): string => (typeof x === 'string' ? x : '');
