import clinicianSelfCare from './clinician-self-care.json';
import coreEmpathy from './core-empathy.json';
import errorAndConflict from './error-and-conflict.json';
import type { Pack } from './schema';
import seriousIllness from './serious-illness.json';
import seriousNews from './serious-news.json';
import teamLearning from './team-learning.json';
import understanding from './understanding.json';

/**
 * The packs every install starts with. They are checked against the validator by a unit test
 * rather than at runtime, so the extension pays nothing to load them; the JSON spells out every
 * default, so each file equals its parsed form. What each pack is for, and its sources, are in
 * docs/content.md.
 */
export const builtinPacks: readonly Pack[] = [
  coreEmpathy,
  seriousNews,
  understanding,
  clinicianSelfCare,
  seriousIllness,
  errorAndConflict,
  teamLearning,
] as readonly unknown[] as readonly Pack[];
