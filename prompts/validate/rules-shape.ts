import { arr, obj, str } from './loose';
import type { Problem } from './pointer';

/** Reports each id seen before in the same list, pointing at its first use. */
export function duplicates(
  items: [number, Record<string, unknown>][],
  base: string,
  what: string,
): Problem[] {
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  for (const [i, item] of items) {
    const id = str(item.id);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else {
      const message = `duplicate ${what} id "${id}" (first used at ${base}/${first})`;
      out.push({ path: `${base}/${i}/id`, message });
    }
  }
  return out;
}

/** Valibot's object schemas accept arrays (`typeof [] === 'object'`); JSON authors mean a list. */
export function listsForObjects(pack: Record<string, unknown>): Problem[] {
  const at: [string, unknown][] = [['/author', pack.author]];
  for (const [i, m] of arr(pack.moments).entries()) {
    at.push([`/moments/${i}`, m], [`/moments/${i}/triggers`, obj(m)?.triggers]);
  }
  for (const [i, p] of arr(pack.prompts).entries()) {
    at.push([`/prompts/${i}`, p]);
    for (const [j, item] of arr(obj(p)?.items).entries())
      at.push([`/prompts/${i}/items/${j}`, item]);
  }
  for (const [i, r] of arr(pack.ratingItems).entries()) {
    at.push([`/ratingItems/${i}`, r], [`/ratingItems/${i}/scale`, obj(r)?.scale]);
  }
  return at
    .filter(([, value]) => Array.isArray(value))
    .map(([path]) => ({ path, message: 'must be an object ({...}), not a list ([...])' }));
}

/** A rating scale needs exactly one label per point. */
export function scaleProblems(i: number, item: Record<string, unknown>): Problem[] {
  const scale = obj(item.scale);
  if (!scale || typeof scale.min !== 'number' || typeof scale.max !== 'number') return [];
  if (!Array.isArray(scale.labels)) return [];
  const points = scale.max - scale.min + 1;
  if (scale.labels.length === points) return [];
  const message = `has ${scale.labels.length} labels, but a ${scale.min}–${scale.max} scale needs ${points}`;
  return [{ path: `/ratingItems/${i}/scale/labels`, message }];
}
