// The trend maths of the options page. Pure: encounters in, figures out; `now` is an argument.
import type { Encounter } from './db';

/** Weeks the trend chart covers. */
export const TREND_WEEKS = 12;

/** Local midnight of the Monday starting the week that holds `at`. */
export function weekStart(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** Starts of the last `weeks` weeks, oldest first, the current week last. */
export function weekStarts(now: number, weeks = TREND_WEEKS): number[] {
  const current = weekStart(now);
  return Array.from({ length: weeks }, (_, i) => {
    const d = new Date(current);
    d.setDate(d.getDate() - 7 * (weeks - 1 - i)); // calendar arithmetic survives DST changes
    return d.getTime();
  });
}

/** Weekly averages of each rating item, and encounter counts per week. */
export interface WeeklySeries {
  weeks: number[];
  counts: number[];
  /** Item id → one average per week (null for a week with no rating of that item). */
  averages: Record<string, (number | null)[]>;
}

/** Each item's weekly average over the last `weeks` weeks (older encounters are ignored). */
export function weeklyAverages(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
  now: number,
  weeks = TREND_WEEKS,
): WeeklySeries {
  const starts = weekStarts(now, weeks);
  const first = starts[0] ?? 0;
  const index = new Map(starts.map((s, i) => [s, i]));
  const counts = starts.map(() => 0);
  const sums: Record<string, [number, number][]> = Object.fromEntries(
    itemIds.map((id) => [id, starts.map((): [number, number] => [0, 0])]),
  );
  for (const e of encounters) {
    if (e.at < first || e.at > now) continue;
    const w = index.get(weekStart(e.at));
    if (w === undefined) continue;
    counts[w] = (counts[w] ?? 0) + 1;
    for (const [id, value] of Object.entries(e.ratings)) {
      const cell = sums[id]?.[w];
      if (cell) {
        cell[0] += value;
        cell[1] += 1;
      }
    }
  }
  const averages = Object.fromEntries(
    Object.entries(sums).map(([id, cells]) => [id, cells.map(([s, n]) => (n ? s / n : null))]),
  );
  return { weeks: starts, counts, averages };
}

/** Counts by key, most frequent first (ties by key, so the order is stable). */
function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** How many encounters of each kind, most frequent first. */
export function countsByKind(encounters: readonly Encounter[]): [string, number][] {
  const m = new Map<string, number>();
  for (const e of encounters) m.set(e.kind, (m.get(e.kind) ?? 0) + 1);
  return ranked(m);
}

/**
 * Checklist items most often ticked and most often missed. Only encounters where the checklist
 * was used (at least one tick) count: an untouched checklist says nothing about any item.
 */
export function checklistStats(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
): { ticked: [string, number][]; missed: [string, number][] } {
  const ticked = new Map(itemIds.map((id) => [id, 0]));
  const missed = new Map(itemIds.map((id) => [id, 0]));
  for (const e of encounters) {
    if (e.checklist.length === 0) continue;
    for (const id of itemIds) {
      const map = e.checklist.includes(id) ? ticked : missed;
      map.set(id, (map.get(id) ?? 0) + 1);
    }
  }
  const nonZero = (m: Map<string, number>) => ranked(m).filter(([, n]) => n > 0);
  return { ticked: nonZero(ticked), missed: nonZero(missed) };
}

/** Prompts marked as used, most used first, at most `limit`. */
export function topPrompts(encounters: readonly Encounter[], limit = 5): [string, number][] {
  const m = new Map<string, number>();
  for (const e of encounters) for (const p of e.promptsUsed) m.set(p, (m.get(p) ?? 0) + 1);
  return ranked(m).slice(0, limit);
}

/** This week's focus: the item with the lowest average over the last `recent` weeks. */
export function weeklyFocus(
  series: WeeklySeries,
  items: readonly { id: string; text: string }[],
  recent = 4,
): { itemId: string; text: string; average: number; question: string } | null {
  let best: { itemId: string; text: string; average: number } | null = null;
  for (const item of items) {
    const values = (series.averages[item.id] ?? [])
      .slice(-recent)
      .filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    if (!best || average < best.average) best = { itemId: item.id, text: item.text, average };
  }
  if (!best) return null;
  const skill = best.text.replace(/^I /, '').replace(/\.$/, '');
  return {
    ...best,
    question: `Think of one conversation this week where it was hard to say "I ${skill}". What got in the way, and what will you try next time?`,
  };
}
