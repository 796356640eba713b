import { arr, obj } from '../validate/loose';
import type { Problem } from '../validate/pointer';

const META = [
  'id',
  'version',
  'name',
  'description',
  'author/name',
  'author/organisation',
  'licence',
  'locale',
];
const LIST_FIELDS = ['urlPatterns', 'keywords', 'selectors'];
const PROMPT = [
  'id',
  'kind',
  'title',
  'text',
  'framework',
  'component',
  'seconds',
  'source',
  'why',
  'moments',
  'items',
];
const SCALE = ['scale', 'scale/min', 'scale/max', 'scale/labels'];

/**
 * Every place the studio's forms show problems beside: each field, each list and each entry,
 * as JSON Pointers. The forms use the same pointers, so a problem lands where its field is.
 */
export function anchorsFor(doc: unknown): string[] {
  const pack = obj(doc);
  const out = [
    '',
    ...META.map((f) => `/${f}`),
    '/moments',
    '/prompts',
    '/ratingItems',
    '/sequences',
    '/replaces/sites',
  ];
  for (const [i, m] of arr(pack?.moments).entries()) {
    const base = `/moments/${i}`;
    out.push(base, `${base}/id`, `${base}/name`, `${base}/description`, `${base}/triggers`);
    const triggers = obj(obj(m)?.triggers);
    for (const f of LIST_FIELDS) {
      out.push(`${base}/triggers/${f}`);
      for (const j of arr(triggers?.[f]).keys()) out.push(`${base}/triggers/${f}/${j}`);
    }
  }
  for (const [i, p] of arr(pack?.prompts).entries()) {
    const base = `/prompts/${i}`;
    out.push(base, ...PROMPT.map((f) => `${base}/${f}`));
    for (const k of arr(obj(p)?.items).keys())
      out.push(`${base}/items/${k}`, `${base}/items/${k}/id`, `${base}/items/${k}/text`);
  }
  for (const [i, r] of arr(pack?.ratingItems).entries()) {
    const base = `/ratingItems/${i}`;
    out.push(base, `${base}/id`, `${base}/text`, ...SCALE.map((f) => `${base}/${f}`));
    for (const j of arr(obj(obj(r)?.scale)?.labels).keys()) out.push(`${base}/scale/labels/${j}`);
  }
  for (const [i, s] of arr(pack?.sequences).entries()) {
    const base = `/sequences/${i}`;
    out.push(base, `${base}/id`, `${base}/title`, `${base}/prompts`);
    for (const j of arr(obj(s)?.prompts).keys()) out.push(`${base}/prompts/${j}`);
  }
  for (const j of arr(obj(pack?.replaces)?.sites).keys()) out.push(`/replaces/sites/${j}`);
  return out;
}

/** Whether `pointer` is `anchor` or inside it (segment by segment: /prompts/1 is not in /prompts/10). */
const within = (pointer: string, anchor: string) =>
  anchor === '' || pointer === anchor || pointer.startsWith(`${anchor}/`);

/**
 * Each problem placed at the closest anchor that holds it (its own field, else the entry or list
 * around it, else the whole pack): what each field shows beside itself.
 */
export function placeProblems(
  problems: readonly Problem[],
  anchors: readonly string[],
): Map<string, Problem[]> {
  const placed = new Map<string, Problem[]>();
  for (const p of problems) {
    let best = '';
    for (const a of anchors) if (a.length > best.length && within(p.path, a)) best = a;
    placed.set(best, [...(placed.get(best) ?? []), p]);
  }
  return placed;
}
