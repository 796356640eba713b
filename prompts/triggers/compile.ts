import type { Pack } from '../schema';

/** Where a moment's keywords can look: the default two, and two a pack opts into for its site. */
export const KEYWORD_PLACES = ['title', 'headings', 'tabs', 'current'] as const;

/**
 * A moment's triggers in the compact form the watcher receives: URL match patterns already turned
 * into regular-expression sources, keywords lower-cased, selectors as given. Short keys keep the
 * message small; nothing here is page content.
 */
export interface CompiledMoment {
  /** Moment id, shared across packs (for example `results`). */
  id: string;
  /** Regular-expression sources tested against the page URL. */
  u: string[];
  /** Lower-case keywords looked for as whole words in the title and headings. */
  k: string[];
  /** CSS selectors; any match triggers the moment. */
  s: string[];
  /** Where keywords look, as bits of PLACES (match.ts); absent: the title and the headings. */
  w?: number;
}

/** Bits of a moment's keyword places, in KEYWORD_PLACES order (title 1, headings 2, tabs 4, current 8). */
const DEFAULT_BITS = 3;
const placeBits = (places: readonly string[] | undefined) =>
  places
    ? places.reduce((bits, p) => bits | (1 << KEYWORD_PLACES.indexOf(p as never)), 0)
    : DEFAULT_BITS;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Turns a WebExtension match pattern into a regular-expression source (ports are ignored, as browsers do). */
export function matchPatternToRegExp(pattern: string): string {
  if (pattern === '<all_urls>') return '^(?:https?|wss?|file|ftp):\\/\\/';
  const m = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]*)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = m;
  const schemeRe = scheme === '*' ? 'https?' : escapeRegExp(scheme);
  let hostRe: string;
  if (host === '*') hostRe = '[^/]*';
  else if (host.startsWith('*.')) hostRe = `(?:[^/]*\\.)?${escapeRegExp(host.slice(2))}(?::\\d+)?`;
  else hostRe = `${escapeRegExp(host)}(?::\\d+)?`;
  const pathRe = path.split('*').map(escapeRegExp).join('.*');
  return `^${schemeRe}:\\/\\/${hostRe}${pathRe}$`;
}

/**
 * Compiles the moments of the given packs, merging moments that share an id across packs so the
 * watcher evaluates each moment once.
 */
export function compileMoments(packs: readonly Pack[]): CompiledMoment[] {
  const byId = new Map<string, { u: Set<string>; k: Set<string>; s: Set<string>; w: number }>();
  for (const pack of packs) {
    for (const moment of pack.moments) {
      let entry = byId.get(moment.id);
      if (!entry) {
        entry = { u: new Set(), k: new Set(), s: new Set(), w: 0 };
        byId.set(moment.id, entry);
      }
      for (const p of moment.triggers.urlPatterns) entry.u.add(matchPatternToRegExp(p));
      for (const k of moment.triggers.keywords) entry.k.add(k.trim().toLowerCase());
      for (const s of moment.triggers.selectors) entry.s.add(s);
      // Moments merged by id look for their keywords in every place any of them names.
      entry.w |= placeBits(moment.triggers.keywordsIn);
    }
  }
  return [...byId].map(([id, e]) => {
    const m: CompiledMoment = { id, u: [...e.u], k: [...e.k], s: [...e.s] };
    if (e.w !== DEFAULT_BITS) m.w = e.w;
    return m;
  });
}
