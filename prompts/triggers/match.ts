import type { CompiledMoment } from './compile';

/** Where headings live in EHR screens: real headings and ARIA ones. */
export const HEADING_TAGS = ['h1', 'h2', 'h3'];
const ARIA_HEADINGS = '[role=heading]';

/** Where a moment's keywords look, as bits of CompiledMoment `w` (prompts/schema.ts `keywordsIn`). */
export const PLACES = { title: 1, headings: 2, tabs: 4, current: 8 } as const;
const { title: TITLE, headings: HEADINGS, tabs: TABS, current: CURRENT } = PLACES;
/** Where keywords look when a moment does not say: the title and the headings. */
export const DEFAULT_PLACES = TITLE | HEADINGS;
/** The selected tab of any tab list: EHR screens name themselves there rather than in headings. */
const SELECTED_TABS = '[role=tab][aria-selected=true]';
/** The page's current navigation item (not a date picker's today, which says nothing of the screen). */
const CURRENT_ITEMS =
  '[aria-current]:not([aria-current=false],[aria-current=date],[aria-current=time])';

const texts = (els: Iterable<Element>) => {
  let text = '';
  for (const el of els) text += `\n${el.textContent ?? ''}`;
  return text;
};

/**
 * The text of the opt-in places among `places` (selected tabs, current items) under `roots`, one
 * per line, as written. Read only for a site whose moments look there.
 */
export function placesText(roots: ParentNode | readonly ParentNode[], places: number): string {
  let text = '';
  for (const root of Array.isArray(roots) ? roots : [roots as ParentNode]) {
    if (places & TABS) text += texts(root.querySelectorAll(SELECTED_TABS));
    if (places & CURRENT) text += texts(root.querySelectorAll(CURRENT_ITEMS));
  }
  return text;
}

/**
 * The small parts of the page that hold the opt-in places now: each tab list, and the list or
 * navigation around each current item. A look reads these instead of the whole document (one
 * document-wide query cost 0.5 ms on the monitoring board, the rest of a look 0.001 ms).
 */
export function placeRoots(doc: Document, places: number): ParentNode[] {
  const roots = new Set<ParentNode>();
  const add = (el: Element, around: string) =>
    roots.add(el.closest(around) ?? el.parentNode ?? doc);
  if (places & TABS) for (const el of doc.querySelectorAll('[role=tab]')) add(el, '[role=tablist]');
  if (places & CURRENT)
    for (const el of doc.querySelectorAll(CURRENT_ITEMS)) add(el, 'nav,[role=navigation],ul,ol');
  return [...roots];
}

/** The opt-in places (tabs, current) any of these moments looks in, as bits; 0 for none. */
export function placesUsed(moments: readonly CompiledMoment[]): number {
  let places = 0;
  for (const m of moments) places |= m.w ?? DEFAULT_PLACES;
  return places & (TABS | CURRENT);
}

/** The lower-cased text keywords are looked for in, for the places in `places`, one per line. */
export function keywordText(doc: Document, places: number): string {
  let text = places & TITLE ? doc.title : '';
  if (places & HEADINGS) {
    for (const tag of HEADING_TAGS) text += texts(doc.getElementsByTagName(tag));
    text += texts(doc.querySelectorAll(ARIA_HEADINGS));
  }
  return (text + placesText(doc, places)).toLowerCase();
}

/**
 * The text keywords are looked for in: the title and the headings, one per line, lower-cased.
 * Never sent anywhere. Not one `querySelectorAll('h1,h2,h3,[role=heading]')`: on a page of 5,000
 * elements that list cost 1.2 ms, the tag collections and the one attribute selector 0.13 ms.
 */
export function headingText(doc: Document): string {
  return keywordText(doc, TITLE | HEADINGS);
}

/** A letter or digit in any script. One expression, compiled once: building a `\p{…}` pattern per
 * keyword cost the page several milliseconds on every evaluation. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `keyword` occurs in `text` as whole words (so "results" does not match "resultset"). */
export function hasKeyword(text: string, keyword: string): boolean {
  if (keyword === '') return false;
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
    const before = text[at - 1];
    const after = text[at + keyword.length];
    if (
      (before === undefined || !WORD_CHAR.test(before)) &&
      (after === undefined || !WORD_CHAR.test(after))
    )
      return true;
  }
  return false;
}

/** Compiled URL patterns, by source: each is compiled once per page, not on every evaluation. */
const patterns = new Map<string, RegExp>();
const pattern = (source: string) => {
  const known = patterns.get(source);
  if (known) return known;
  const re = new RegExp(source);
  patterns.set(source, re);
  return re;
};

function selectorMatches(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false; // a selector this browser cannot parse matches nothing
  }
}

/**
 * Returns the ids of the moments whose triggers match this document at this URL. Only ids leave
 * this function; the page text it reads stays here.
 */
export function matchMoments(
  doc: Document,
  url: string,
  moments: readonly CompiledMoment[],
): string[] {
  // Each place's text is read at most once, and only when some moment has keywords there.
  const read = new Map<number, string>();
  const textFor = (places: number) => {
    const known = read.get(places);
    if (known !== undefined) return known;
    const text = keywordText(doc, places);
    read.set(places, text);
    return text;
  };
  const matched: string[] = [];
  const target = url.split('#')[0] ?? url; // match patterns never see the fragment
  for (const m of moments) {
    const hit =
      m.u.some((re) => pattern(re).test(target)) ||
      (m.k.length > 0 && m.k.some((k) => hasKeyword(textFor(m.w ?? DEFAULT_PLACES), k))) ||
      m.s.some((s) => selectorMatches(doc, s));
    if (hit) matched.push(m.id);
  }
  return matched;
}
