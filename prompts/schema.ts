import * as v from 'valibot';
import { d, Id, list, PackId, SEMVER, text, tooLong } from './fields';
import { LIMITS as L } from './limits';
import { KEYWORD_PLACES } from './triggers/compile';

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
  keywordsIn: v.optional(
    v.pipe(
      list(
        v.picklist(KEYWORD_PLACES, `must be one of ${KEYWORD_PLACES.join(', ')}`),
        KEYWORD_PLACES.length,
        'places',
        1,
      ),
      d(
        'Where the keywords are looked for (default: title and headings). "tabs": the selected tab\'s label ([role=tab][aria-selected=true]); "current": the page\'s aria-current navigation item. For EHR screens that name themselves in tabs.',
      ),
    ),
  ),
});

const MomentSchema = v.pipe(
  v.strictObject({
    id: Id,
    name: text(L.nameLength),
    description: v.optional(text(L.descriptionLength)),
    triggers: v.pipe(
      Triggers,
      d(
        'When the moment applies: any URL pattern, keyword (in the page title or headings, any case) or selector that matches.',
      ),
    ),
  }),
  d('A clinical moment, such as serious news or discharge, and the page signals that reveal it.'),
);

const ChecklistItem = v.strictObject({ id: Id, text: text(L.itemTextLength) });

const PromptSchema = v.strictObject({
  id: v.pipe(Id, d('Stable id; keep it across versions so clinicians keep their history.')),
  kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
  title: text(L.titleLength),
  text: v.pipe(
    text(L.textLength),
    d(
      'Plain text, shown as typed; HTML is never rendered. A script is at most 40 seconds of speech (100 words).',
    ),
  ),
  items: v.optional(
    v.pipe(
      list(ChecklistItem, L.checklistItems, 'checklist items', 1),
      d('Checklist items; required for, and only for, kind "checklist".'),
    ),
  ),
  framework: v.pipe(
    text(L.frameworkLength),
    d('The framework drawn on, e.g. NURSE, SPIKES, Ask-Tell-Ask, Teach-back.'),
  ),
  component: v.picklist(COMPONENTS, `must be one of ${COMPONENTS.join(', ')}`),
  seconds: v.pipe(
    v.number('must be a number of seconds'),
    v.integer('must be a whole number of seconds'),
    v.minValue(1, 'must be at least 1 second'),
    v.maxValue(L.secondsMax, `must be at most ${L.secondsMax} seconds`),
    d(
      'Estimated seconds; for a script, its words divided by 2.5 (150 words a minute), plus any pause.',
    ),
  ),
  source: v.pipe(text(L.sourceLength), d('The published work this prompt draws on.')),
  why: v.optional(
    v.pipe(
      text(L.whyLength),
      d('One short line on why this works, shown on request on the card with the source.'),
    ),
  ),
  moments: v.pipe(
    list(Id, L.promptMoments, 'moments', 1),
    d('Ids of moments in this pack when the prompt may be shown.'),
  ),
});

const SequenceSchema = v.pipe(
  v.strictObject({
    id: Id,
    title: text(L.titleLength),
    prompts: list(Id, L.sequenceSteps, 'steps', 2),
  }),
  d(
    'Prompts said in order as steps of one conversation (e.g. SPIKES). Rotation only ever chooses the first step; the card steps through the rest.',
  ),
);

const Pattern = v.pipe(v.string(), v.maxLength(L.patternLength, tooLong(L.patternLength)));

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
  scale: v.optional(
    v.pipe(Scale, d('Defaults to 1–5. One label per point, lowest first.')),
    () => ({
      min: 1,
      max: 5,
      labels: [...DEFAULT_LABELS],
    }),
  ),
});

/** The whole pack document: the one schema used by the extension, the CLI and pack.schema.json. */
export const PackSchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2048, tooLong(2048)))),
  format: v.literal(1, 'must be 1 (the pack format this version of Attune reads)'),
  id: v.pipe(
    PackId,
    d('Reverse-DNS id, unique to your organisation, e.g. "org.example.ward-empathy".'),
  ),
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
  licence: v.pipe(
    text(L.licenceLength),
    d('Licence of the content, e.g. an SPDX id such as "CC-BY-4.0".'),
  ),
  locale: v.pipe(
    v.string(),
    v.maxLength(35, tooLong(35)),
    v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/, 'must be a BCP 47 language tag, e.g. "en-GB"'),
  ),
  moments: list(MomentSchema, L.moments, 'moments', 1),
  prompts: list(PromptSchema, L.prompts, 'prompts', 1),
  ratingItems: v.optional(list(RatingItemSchema, L.ratingItems, 'rating items'), () => []),
  sequences: v.optional(list(SequenceSchema, L.sequences, 'sequences'), () => []),
  replaces: v.optional(
    v.pipe(
      v.strictObject({ sites: list(Pattern, L.replaceSites, 'sites', 1) }),
      d(
        "On these sites (match patterns), built-in moments with the same id as one of this pack's moments are not used: this pack's prompts take their place.",
      ),
    ),
  ),
  // Checked by prompts/signing.ts against the canonical JSON of the rest; here only its shape.
  signature: v.optional(
    v.pipe(
      v.strictObject({
        alg: v.literal('Ed25519', 'must be "Ed25519"'),
        publicKey: v.pipe(v.string(), v.maxLength(64, tooLong(64))),
        value: v.pipe(v.string(), v.maxLength(128, tooLong(128))),
      }),
      d('Detached Ed25519 signature added by `npm run pack -- sign`; see docs/packs.md.'),
    ),
  ),
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
/** Prompts said in order, as steps of one conversation. */
export type Sequence = Pack['sequences'][number];
/** One of the prompt kinds. */
export type PromptKind = Prompt['kind'];
/** One of the training components. */
export type Component = Prompt['component'];
