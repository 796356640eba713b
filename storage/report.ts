// The portfolio report's figures for a chosen period: aggregates (kinds, weekly rating means,
// checklist habits, prompts practised) and the user's own notes to choose from. Pure maths over
// the encounters of the period, through the same week summaries and trend maths as Options ›
// Trends; one indexed read of the period's rows. Nothing read from a clinical page is here.
import type { Encounter } from '../utils/domain';
import { db } from './db';
import { checklistTotals, kindCounts, promptCounts, weeklySeries } from './trends';
import { summarize, TREND_WEEKS, weekStart, weekStarts } from './week-summary';

/** A period of whole local days, both ends included, as `YYYY-MM-DD`. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a `YYYY-MM-DD` day, or null when it is not a real day. */
export function dayStart(day: string): number | null {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  // 2025-02-31 would roll over into March: not a day anyone chose.
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return null;
  return date.getTime();
}

/** The local day of a time, as `YYYY-MM-DD`. */
export function isoDay(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first and last millisecond of a period (local time). */
export function periodBounds(p: ReportPeriod): { start: number; end: number } {
  const start = dayStart(p.from) ?? 0;
  const last = new Date(dayStart(p.to) ?? start);
  last.setDate(last.getDate() + 1); // calendar arithmetic survives DST changes
  return { start, end: last.getTime() - 1 };
}

/** The default period: the last {@link TREND_WEEKS} weeks, from their first Monday to today. */
export function defaultPeriod(now: number): ReportPeriod {
  return { from: isoDay(weekStarts(now, TREND_WEEKS)[0] ?? now), to: isoDay(now) };
}

/**
 * The period an address names (`report.html#from=2025-01-06&to=2025-03-30`); a missing or
 * impossible day takes the default's, and ends given in the wrong order are swapped.
 */
export function parsePeriod(hash: string, now: number): ReportPeriod {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fallback = defaultPeriod(now);
  const pick = (key: 'from' | 'to') => {
    const day = params.get(key) ?? '';
    return dayStart(day) === null ? fallback[key] : day;
  };
  const from = pick('from');
  const to = pick('to');
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The fragment that names a period, for the report's address. */
export function periodHash(p: ReportPeriod): string {
  return `#${new URLSearchParams({ from: p.from, to: p.to })}`;
}

/** The encounters logged in a period, oldest first (one read of the `at` index). */
export function encountersIn(p: ReportPeriod): Promise<Encounter[]> {
  const { start, end } = periodBounds(p);
  return db.encounters.where('at').between(start, end, true, true).toArray();
}

/** One rating item's weekly means and counts over the period. */
export interface ReportItem {
  id: string;
  means: (number | null)[];
  counts: number[];
}

/** Everything the report shows, by ids (the page puts names on them). */
export interface ReportFigures {
  total: number;
  /** Week starts the charts cover, oldest first. */
  weeks: number[];
  kinds: [string, number][];
  /** Items with at least one rating in the period, in the order asked for, then any others. */
  items: ReportItem[];
  /** Encounters whose checklist was used (at least one tick). */
  checklistUsed: number;
  /** Each checklist item asked for (ticked or not), then any other ticked item, with its count. */
  ticks: [string, number][];
  /** Every prompt marked as used, most used first. */
  prompts: [string, number][];
  /** The encounters with a note, newest first: what the user may choose to include. */
  notes: Pick<Encounter, 'id' | 'at' | 'kind' | 'note'>[];
}

/** How many week starts a period spans (at least one). */
function weekCount(start: number, end: number): number {
  let n = 1;
  const d = new Date(weekStart(start));
  for (d.setDate(d.getDate() + 7); d.getTime() <= end; d.setDate(d.getDate() + 7)) n++;
  return n;
}

/** The report's figures for the encounters of a period. */
export function reportFigures(
  encounters: readonly Encounter[],
  period: ReportPeriod,
  itemIds: readonly string[] = [],
  checklistIds: readonly string[] = [],
): ReportFigures {
  const { start, end } = periodBounds(period);
  const inside = encounters.filter((e) => e.at >= start && e.at <= end);
  const summaries = summarize(inside);
  const rated = new Set(inside.flatMap((e) => Object.keys(e.ratings)));
  const ids = [...new Set([...itemIds, ...[...rated].sort()])].filter((id) => rated.has(id));
  const series = weeklySeries(summaries, ids, end, weekCount(start, end));
  const ticked = new Map(checklistTotals(summaries, [...tickIds(inside)]).ticked);
  const others = [...ticked.keys()].filter((id) => !checklistIds.includes(id)).sort();
  return {
    total: inside.length,
    weeks: series.weeks,
    kinds: kindCounts(summaries),
    items: ids.map((id) => ({
      id,
      means: series.averages.get(id) ?? [],
      counts: series.rated.get(id) ?? [],
    })),
    checklistUsed: summaries.reduce((n, s) => n + s.checklistUsed, 0),
    ticks: [...checklistIds, ...others].map((id) => [id, ticked.get(id) ?? 0]),
    prompts: promptCounts(summaries, Number.POSITIVE_INFINITY),
    notes: inside
      .filter((e) => e.note.trim() !== '')
      .sort((a, b) => b.at - a.at)
      .map(({ id, at, kind, note }) => ({ id, at, kind, note })),
  };
}

/** Every checklist item id ticked in these encounters. */
const tickIds = (list: readonly Encounter[]) => new Set(list.flatMap((e) => e.checklist));
