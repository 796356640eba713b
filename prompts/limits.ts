/**
 * Every limit a pack must respect, in one place so the schema, the validator, the CLI and the
 * trainer's guide (docs/packs.md) all quote the same numbers.
 */
export const LIMITS = {
  /** Whole file, in bytes of UTF-8. */
  fileBytes: 1024 * 1024,
  moments: 50,
  prompts: 500,
  ratingItems: 20,
  checklistItems: 20,
  /** Moments a single prompt may belong to. */
  promptMoments: 50,
  urlPatterns: 20,
  keywords: 30,
  selectors: 20,
  idLength: 64,
  packIdLength: 128,
  nameLength: 80,
  titleLength: 80,
  descriptionLength: 500,
  textLength: 1000,
  itemTextLength: 200,
  ratingTextLength: 200,
  labelLength: 40,
  keywordMin: 2,
  keywordLength: 60,
  patternLength: 300,
  selectorLength: 300,
  frameworkLength: 60,
  sourceLength: 300,
  /** The "why this works" line, one or two sentences. */
  whyLength: 240,
  /** A placeholder's words between the brackets, e.g. "[the result]". */
  placeholderLength: 40,
  sequences: 20,
  /** Steps in one sequence. */
  sequenceSteps: 12,
  /** Sites a pack's `replaces` lists. */
  replaceSites: 20,
  authorLength: 100,
  licenceLength: 100,
  /** Any prompt, spoken or read. */
  secondsMax: 600,
  /** A script is read aloud: at most 40 seconds of speech. */
  scriptSeconds: 40,
  wordsPerMinute: 150,
  scaleMaxPoints: 11,
  /** Nesting deeper than this cannot be a pack and is refused before it is walked. */
  depth: 32,
} as const;
