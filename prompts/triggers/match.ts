import type { CompiledMoment } from './compile';

/** Where headings live in EHR screens: real headings and ARIA ones. */
export const HEADING_TAGS = ['h1', 'h2', 'h3'];
const ARIA_HEADINGS = '[role=heading]';

/**
 * The text keywords are looked for in: the title and the headings, one per line, lower-cased.
 * Never sent anywhere. Not one `querySelectorAll('h1,h2,h3,[role=heading]')`: on a page of 5,000
 * elements that list cost 1.2 ms, the tag collections and the one attribute selector 0.13 ms.
 */
export function headingText(doc: Document): string {
  let text = doc.title;
  for (const tag of HEADING_TAGS)
    for (const el of doc.getElementsByTagName(tag)) text += `\n${el.textContent ?? ''}`;
  for (const el of doc.querySelectorAll(ARIA_HEADINGS)) text += `\n${el.textContent ?? ''}`;
  return text.toLowerCase();
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
  let text: string | undefined;
  // Heading text is read at most once, and only when some moment has keywords.
  const headings = () => {
    text ??= headingText(doc);
    return text;
  };
  const matched: string[] = [];
  const target = url.split('#')[0] ?? url; // match patterns never see the fragment
  for (const m of moments) {
    const hit =
      m.u.some((re) => pattern(re).test(target)) ||
      (m.k.length > 0 && m.k.some((k) => hasKeyword(headings(), k))) ||
      m.s.some((s) => selectorMatches(doc, s));
    if (hit) matched.push(m.id);
  }
  return matched;
}
