import type { CompiledMoment } from './compile';

/** Where headings live in EHR screens: real headings and ARIA ones. */
const HEADINGS = 'h1,h2,h3,[role=heading]';

/** The text keywords are looked for in: the title and the headings, lower-cased. Never sent anywhere. */
export function headingText(doc: Document): string {
  let text = doc.title;
  for (const el of doc.querySelectorAll(HEADINGS)) text += `\n${el.textContent ?? ''}`;
  return text.toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `keyword` occurs in `text` as whole words (so "results" does not match "resultset"). */
export function hasKeyword(text: string, keyword: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(keyword)}(?![\\p{L}\\p{N}])`, 'u').test(
    text,
  );
}

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
      m.u.some((re) => new RegExp(re).test(target)) ||
      (m.k.length > 0 && m.k.some((k) => hasKeyword(headings(), k))) ||
      m.s.some((s) => selectorMatches(doc, s));
    if (hit) matched.push(m.id);
  }
  return matched;
}
