// The trend maths of the options page. Pure: week summaries in, figures out; `now` is an
// argument. The view reads stored week summaries (storage/weeks.ts), so it costs 12 rows whatever
// the number of encounters. Ids key `Map`s: an id is data, whatever its name.
import type { WeekSummary } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { own } from '../utils/id-record';
import { TREND_WEEKS, weekStarts } from './week-summary';

export { TREND_WEEKS, weekStart, weekStarts } from './week-summary';

/** Weekly averages of each rating item, and encounter counts per week. */
export interface WeeklySeries {
  weeks: number[];
  counts: number[];
  /** Item id → one average per week (null for a week with no rating of that item). */
  averages: Map<string, (number | null)[]>;
  /** Item id → how many ratings of it each week holds. */
  rated: Map<string, number[]>;
}

/** Each item's weekly average over the last `weeks` weeks, from week summaries. */
export function weeklySeries(
  summaries: readonly WeekSummary[],
  itemIds: readonly string[],
  now: number,
  weeks = TREND_WEEKS,
): WeeklySeries {
  const starts = weekStarts(now, weeks);
  const byWeek = new Map(summaries.map((s) => [s.week, s]));
  const cells = starts.map((w) => byWeek.get(w));
  const cell = (s: WeekSummary | undefined, id: string) => (s && own(s.ratings, id)) ?? [0, 0];
  const averages = new Map(
    itemIds.map((id) => [
      id,
      cells.map((s) => {
        const [sum, n] = cell(s, id);
        return n ? sum / n : null;
      }),
    ]),
  );
  const rated = new Map(itemIds.map((id) => [id, cells.map((s) => cell(s, id)[1])]));
  return { weeks: starts, counts: cells.map((s) => s?.count ?? 0), averages, rated };
}

/** Counts by key, most frequent first (ties by key, so the order is stable). */
function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Adds up one count table of every week. */
function total(
  summaries: readonly WeekSummary[],
  pick: (s: WeekSummary) => Record<string, number>,
): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of summaries)
    for (const [k, n] of Object.entries(pick(s))) m.set(k, (m.get(k) ?? 0) + n);
  return m;
}

/** How many encounters of each kind in these weeks, most frequent first. */
export function kindCounts(summaries: readonly WeekSummary[]): [string, number][] {
  return ranked(total(summaries, (s) => s.kinds));
}

/**
 * Checklist items most often ticked and most often missed, from week summaries. Only encounters
 * where the checklist was used (at least one tick) count: an untouched checklist says nothing.
 */
export function checklistTotals(
  summaries: readonly WeekSummary[],
  itemIds: readonly string[],
): { ticked: [string, number][]; missed: [string, number][] } {
  const used = summaries.reduce((n, s) => n + s.checklistUsed, 0);
  const ticks = total(summaries, (s) => s.ticks);
  const ticked = new Map(itemIds.map((id) => [id, ticks.get(id) ?? 0]));
  const missed = new Map(itemIds.map((id) => [id, used - (ticks.get(id) ?? 0)]));
  const nonZero = (m: Map<string, number>) => ranked(m).filter(([, n]) => n > 0);
  return { ticked: nonZero(ticked), missed: nonZero(missed) };
}

/** Prompts marked as used in these weeks, most used first, at most `limit`. */
export function promptCounts(summaries: readonly WeekSummary[], limit = 5): [string, number][] {
  return ranked(total(summaries, (s) => s.prompts)).slice(0, limit);
}

/** This week's focus: the item with the lowest average over the last `recent` weeks. */
export function weeklyFocus(
  series: WeeklySeries,
  items: readonly { id: string; text: string }[],
  recent = 4,
): { itemId: string; text: string; average: number; question: string } | null {
  let best: { itemId: string; text: string; average: number } | null = null;
  for (const item of items) {
    const values = (series.averages.get(item.id) ?? [])
      .slice(-recent)
      .filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    if (!best || average < best.average) best = { itemId: item.id, text: item.text, average };
  }
  if (!best) return null;
  // The item as the user would say it (packs write items in the first person: "I named an
  // emotion"), quoted inside the question.
  const statement = best.text.replace(/\.$/, '');
  return { ...best, question: i18n.t('trends.focusQuestion', { statement }) };
}

/** The ranges the trends can show, in weeks. */
export const TREND_RANGES = [4, 12, 52] as const;

/**
 * Which of `n` weeks get a label under a chart: the first, the last and evenly spaced ones
 * between, at most `most`, so labels never crowd or run off the chart whatever the range.
 */
export function labelledWeeks(n: number, most = 4): number[] {
  if (n <= most) return Array.from({ length: n }, (_, i) => i);
  const step = (n - 1) / (most - 1);
  return Array.from({ length: most }, (_, i) => Math.round(i * step));
}
