/**
 * The built-in packs' files under prompts/, in builtinPacks' order (English, then the Spanish
 * editions). The build copies them to `packs/` in the extension, where the background reads them
 * at install only: imported, they were most of the service worker's bundle, evaluated at every
 * wake-up (tests/unit/prompts/builtin-files.test.ts keeps this list and builtin.ts the same).
 */
export const BUILTIN_FILES = [
  'core-empathy.json',
  'serious-news.json',
  'understanding.json',
  'clinician-self-care.json',
  'serious-illness.json',
  'error-and-conflict.json',
  'team-learning.json',
  'es/core-empathy.json',
  'es/serious-news.json',
  'es/understanding.json',
  'es/clinician-self-care.json',
  'es/serious-illness.json',
  'es/error-and-conflict.json',
  'es/team-learning.json',
] as const;

/** Where the build puts the built-in packs inside the extension. */
export const BUILTIN_DIR = 'packs';
