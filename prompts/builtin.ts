import clinicianSelfCare from './packs/clinician-self-care.json';
import coreEmpathy from './packs/core-empathy.json';
import seriousNews from './packs/serious-news.json';
import understanding from './packs/understanding.json';
import type { Pack } from './schema';

/**
 * The packs every install starts with. They are checked against the validator by a unit test
 * rather than at runtime, so the extension pays nothing to load them; the JSON spells out every
 * default, so each file equals its parsed form.
 */
export const builtinPacks: readonly Pack[] = [
  coreEmpathy,
  seriousNews,
  understanding,
  clinicianSelfCare,
] as readonly unknown[] as readonly Pack[];
