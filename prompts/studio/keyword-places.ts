import { KEYWORD_PLACES } from '../triggers/compile';
import { arr, obj } from '../validate/loose';
import { setIn } from './edit';

/** A place a moment's keywords are looked for in (prompts/schema.ts `keywordsIn`). */
export type KeywordPlace = (typeof KEYWORD_PLACES)[number];

/** Where keywords look when a moment does not say (the watcher's default). */
const DEFAULT: readonly KeywordPlace[] = ['title', 'headings'];

const isPlace = (p: unknown): p is KeywordPlace => KEYWORD_PLACES.includes(p as KeywordPlace);

/** Where moment `moment`'s keywords are looked for: its keywordsIn, else the title and headings. */
export function keywordPlaces(doc: unknown, moment: number): KeywordPlace[] {
  const triggers = obj(obj(arr(obj(doc)?.moments)[moment])?.triggers);
  if (!Array.isArray(triggers?.keywordsIn)) return [...DEFAULT];
  return triggers.keywordsIn.filter(isPlace);
}

/**
 * A copy of `doc` whose moment looks (or no longer looks) for its keywords in `places`. A moment
 * left looking where every moment looks by default loses its keywordsIn: the file stays as short.
 */
export function withKeywordPlaces(
  doc: unknown,
  moment: number,
  places: readonly KeywordPlace[],
  on: boolean,
): unknown {
  const now = keywordPlaces(doc, moment);
  const next = KEYWORD_PLACES.filter((p) => (places.includes(p) ? on : now.includes(p)));
  const same = next.length === DEFAULT.length && DEFAULT.every((p) => next.includes(p));
  return setIn(doc, ['moments', moment, 'triggers', 'keywordsIn'], same ? undefined : next);
}
