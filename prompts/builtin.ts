import clinicianSelfCare from './clinician-self-care.json';
import coreEmpathy from './core-empathy.json';
import errorAndConflict from './error-and-conflict.json';
import clinicianSelfCareEs from './es/clinician-self-care.json';
import coreEmpathyEs from './es/core-empathy.json';
import errorAndConflictEs from './es/error-and-conflict.json';
import seriousIllnessEs from './es/serious-illness.json';
import seriousNewsEs from './es/serious-news.json';
import teamLearningEs from './es/team-learning.json';
import understandingEs from './es/understanding.json';
import type { Pack } from './schema';
import seriousIllness from './serious-illness.json';
import seriousNews from './serious-news.json';
import teamLearning from './team-learning.json';
import understanding from './understanding.json';

/**
 * The English built-in packs (`prompts/*.json`). What each pack is for, and its sources, are in
 * docs/content.md.
 */
export const englishPacks: readonly Pack[] = [
  coreEmpathy,
  seriousNews,
  understanding,
  clinicianSelfCare,
  seriousIllness,
  errorAndConflict,
  teamLearning,
] as readonly unknown[] as readonly Pack[];

/**
 * The Spanish editions (`prompts/es/*.json`), in the same order: each has the id of its English
 * pack with `.es` after it, and the same prompt, moment, checklist item and rating item ids, so
 * history and trends carry across languages (tests/unit/prompts/parity.test.ts).
 */
export const spanishPacks: readonly Pack[] = [
  coreEmpathyEs,
  seriousNewsEs,
  understandingEs,
  clinicianSelfCareEs,
  seriousIllnessEs,
  errorAndConflictEs,
  teamLearningEs,
] as readonly unknown[] as readonly Pack[];

/**
 * The packs every install starts with, every language: all are installed and enabled, and the
 * browser's language picks which edition of a pack is in use (storage/active-packs.ts). They are
 * checked against the validator by a unit test rather than at runtime, so the extension pays
 * nothing to load them; the JSON spells out every default, so each file equals its parsed form.
 */
export const builtinPacks: readonly Pack[] = [...englishPacks, ...spanishPacks];
