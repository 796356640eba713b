import * as v from 'valibot';
import { LIMITS as L } from './limits';

/** Prompt kinds: a spoken script, a checklist of habits, a reflection, a moment of self-care. */
export const KINDS = ['script', 'checklist', 'reflection', 'self-care'] as const;

/** Training components a prompt serves (the curriculum areas of empathy training). */
export const COMPONENTS = [
  'self-awareness',
  'empathy-emotion-regulation',
  'communication-skills',
  'experiential-learning',
  'organisational-culture',
] as const;

/** Labels of the default 1–5 self-rating scale. */
export const DEFAULT_LABELS = ['Not at all', 'A little', 'Partly', 'Mostly', 'Fully'];

// Messages are written for trainers, who read them in the CLI next to a JSON path.
const tooLong = (max: number) => (i: v.BaseIssue<unknown>) =>
  `is too long: ${i.received} characters, at most ${max}`;
const tooMany = (max: number, what: string) => (i: v.BaseIssue<unknown>) =>
  `has too many ${what}: ${i.received}, at most ${max}`;

/** Plain text (never rendered as HTML) with a length limit and at least one visible character. */
const text = (max: number, min = 1) =>
  v.pipe(
    v.string(),
    v.minLength(min, `must be at least ${min} character${min > 1 ? 's' : ''}`),
    v.maxLength(max, tooLong(max)),
    // An empty string is already reported by minLength; this catches whitespace-only text.
    v.regex(/^$|\S/, 'must not be blank'),
  );

const list = <T extends v.GenericSchema>(item: T, max: number, what: string, min = 0) =>
  v.pipe(
    v.array(item),
    v.minLength(min, `needs at least ${min} ${what}`),
    v.maxLength(max, tooMany(max, what)),
  );

/** Ids are stable keys for history and ticks: lower-case words joined by hyphens. */
const Id = v.pipe(
  v.string(),
  v.maxLength(L.idLength, tooLong(L.idLength)),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters and digits joined by hyphens, e.g. "open-question"',
  ),
);

const PackId = v.pipe(
  v.string(),
  v.maxLength(L.packIdLength, tooLong(L.packIdLength)),
  v.regex(
    /^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/,
    'must be reverse-DNS style, e.g. "org.example.ward-empathy"',
  ),
);

// Semantic Versioning 2.0.0, the official expression.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const Triggers = v.strictObject({
  urlPatterns: v.optional(
    list(
      v.pipe(v.string(), v.maxLength(L.patternLength, tooLong(L.patternLength))),
      L.urlPatterns,
      'URL patterns',
    ),
    () => [],
  ),
  keywords: v.optional(list(text(L.keywordLength, L.keywordMin), L.keywords, 'keywords'), () => []),
  selectors: v.optional(
    list(
      v.pipe(v.string(), v.maxLength(L.selectorLength, tooLong(L.selectorLength))),
      L.selectors,
      'selectors',
    ),
    () => [],
  ),
});

const MomentSchema = v.strictObject({
  id: Id,
  name: text(L.nameLength),
  description: v.optional(text(L.descriptionLength)),
  triggers: Triggers,
});

const ChecklistItem = v.strictObject({ id: Id, text: text(L.itemTextLength) });

const PromptSchema = v.strictObject({
  id: Id,
  kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
  title: text(L.titleLength),
  text: text(L.textLength),
  items: v.optional(list(ChecklistItem, L.checklistItems, 'checklist items', 1)),
  framework: text(L.frameworkLength),
  component: v.picklist(COMPONENTS, `must be one of ${COMPONENTS.join(', ')}`),
  seconds: v.pipe(
    v.number('must be a number of seconds'),
    v.integer('must be a whole number of seconds'),
    v.minValue(1, 'must be at least 1 second'),
    v.maxValue(L.secondsMax, `must be at most ${L.secondsMax} seconds`),
  ),
  source: text(L.sourceLength),
  moments: list(Id, L.promptMoments, 'moments', 1),
});

const Scale = v.strictObject({
  min: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0, 'must be 0 or 1'),
    v.maxValue(1, 'must be 0 or 1'),
  ),
  max: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(2, 'must be at least 2'),
    v.maxValue(10, 'must be at most 10'),
  ),
  labels: list(text(L.labelLength), L.scaleMaxPoints, 'labels', 2),
});

const RatingItemSchema = v.strictObject({
  id: Id,
  text: text(L.ratingTextLength),
  scale: v.optional(Scale, () => ({ min: 1, max: 5, labels: [...DEFAULT_LABELS] })),
});

/** The whole pack document: the one schema used by the extension, the CLI and pack.schema.json. */
export const PackSchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2048, tooLong(2048)))),
  format: v.literal(1, 'must be 1 (the pack format this version of Attune reads)'),
  id: PackId,
  version: v.pipe(
    v.string(),
    v.maxLength(64, tooLong(64)),
    v.regex(SEMVER, 'must be a semantic version, e.g. "1.0.0"'),
  ),
  name: text(L.nameLength),
  description: text(L.descriptionLength),
  author: v.strictObject({
    name: text(L.authorLength),
    organisation: v.optional(text(L.authorLength)),
  }),
  licence: text(L.licenceLength),
  locale: v.pipe(
    v.string(),
    v.maxLength(35, tooLong(35)),
    v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/, 'must be a BCP 47 language tag, e.g. "en-GB"'),
  ),
  moments: list(MomentSchema, L.moments, 'moments', 1),
  prompts: list(PromptSchema, L.prompts, 'prompts', 1),
  ratingItems: v.optional(list(RatingItemSchema, L.ratingItems, 'rating items'), () => []),
});

/** A validated pack, with defaults filled in. */
export type Pack = v.InferOutput<typeof PackSchema>;
/** A pack as a trainer may write it (optional fields may be left out). */
export type PackInput = v.InferInput<typeof PackSchema>;
/** A clinical moment and its triggers. */
export type Moment = Pack['moments'][number];
/** One prompt: script, checklist, reflection or self-care. */
export type Prompt = Pack['prompts'][number];
/** A self-rating item with its scale. */
export type RatingItem = Pack['ratingItems'][number];
/** One of the prompt kinds. */
export type PromptKind = Prompt['kind'];
/** One of the training components. */
export type Component = Prompt['component'];
