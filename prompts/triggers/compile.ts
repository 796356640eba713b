import type { Pack } from '../schema';

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
}

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
  const byId = new Map<string, { u: Set<string>; k: Set<string>; s: Set<string> }>();
  for (const pack of packs) {
    for (const moment of pack.moments) {
      let entry = byId.get(moment.id);
      if (!entry) {
        entry = { u: new Set(), k: new Set(), s: new Set() };
        byId.set(moment.id, entry);
      }
      for (const p of moment.triggers.urlPatterns) entry.u.add(matchPatternToRegExp(p));
      for (const k of moment.triggers.keywords) entry.k.add(k.trim().toLowerCase());
      for (const s of moment.triggers.selectors) entry.s.add(s);
    }
  }
  return [...byId].map(([id, e]) => ({ id, u: [...e.u], k: [...e.k], s: [...e.s] }));
}
