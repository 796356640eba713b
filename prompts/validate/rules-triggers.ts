import { arr, obj } from './loose';
import { matchPatternProblem } from './pattern';
import type { Problem } from './pointer';
import { selectorProblem } from './selector';

/** Checks a moment's triggers: valid patterns and selectors, no repeats, at least one trigger. */
export function triggerProblems(i: number, moment: Record<string, unknown>): Problem[] {
  const base = `/moments/${i}/triggers`;
  const t = obj(moment.triggers);
  if (!t) return [];
  const out: Problem[] = [];
  const patterns = arr(t.urlPatterns);
  const keywords = arr(t.keywords);
  const selectors = arr(t.selectors);
  for (const [j, p] of patterns.entries()) {
    const problem = typeof p === 'string' ? matchPatternProblem(p) : null;
    if (problem) out.push({ path: `${base}/urlPatterns/${j}`, message: problem });
  }
  for (const [j, s] of selectors.entries()) {
    const problem = typeof s === 'string' ? selectorProblem(s) : null;
    if (problem) out.push({ path: `${base}/selectors/${j}`, message: problem });
  }
  const seen = new Set<string>();
  for (const [j, k] of keywords.entries()) {
    if (typeof k !== 'string') continue;
    // Matching ignores case, so "Biopsy" and "biopsy" are the same keyword.
    const key = k.trim().toLowerCase();
    if (seen.has(key))
      out.push({ path: `${base}/keywords/${j}`, message: `repeats the keyword "${k}"` });
    seen.add(key);
  }
  if (patterns.length + keywords.length + selectors.length === 0) {
    const message = 'has no URL pattern, keyword or selector, so this moment can never be shown';
    out.push({ path: base, message });
  }
  return out;
}
