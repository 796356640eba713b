// Per-week totals of the encounters, kept beside them so the trends read 12 rows, not thousands.
// Pure: the repository (storage/weeks.ts) stores them, the trend maths (storage/trends.ts) reads.
import type { Encounter, WeekSummary } from '../utils/domain';
import { idRecord, own, ownCopy } from '../utils/id-record';

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

/** The summary of a week with no encounters. */
const emptyWeek = (week: number): WeekSummary => ({
  week,
  count: 0,
  kinds: idRecord(),
  ratings: idRecord(),
  checklistUsed: 0,
  ticks: idRecord(),
  prompts: idRecord(),
});

/**
 * A copy of a summary whose count tables have no prototype: ids are keys like any other (a
 * stored row comes back with `Object.prototype`, under which `constructor` reads as a function
 * and writing `__proto__` would set the prototype instead of a count).
 */
const copyWeek = (w: WeekSummary): WeekSummary => ({
  ...w,
  kinds: ownCopy(w.kinds),
  ratings: ownCopy(w.ratings),
  ticks: ownCopy(w.ticks),
  prompts: ownCopy(w.prompts),
});

/** Adds `n` to a count, dropping the key when it reaches zero (so removals leave no residue). */
function bump(counts: Record<string, number>, key: string, n: number): void {
  const next = (own(counts, key) ?? 0) + n;
  if (next === 0) delete counts[key];
  else counts[key] = next;
}

/** Adds (`sign` 1) or removes (`sign` -1) one encounter's share of its week, in place. */
function applyToWeek(w: WeekSummary, e: Encounter, sign: 1 | -1): WeekSummary {
  w.count += sign;
  bump(w.kinds, e.kind, sign);
  for (const [id, value] of Object.entries(e.ratings)) {
    const [sum, n] = own(w.ratings, id) ?? [0, 0];
    if (n + sign === 0) delete w.ratings[id];
    else w.ratings[id] = [sum + sign * value, n + sign];
  }
  if (e.checklist.length > 0) {
    w.checklistUsed += sign;
    for (const id of new Set(e.checklist)) bump(w.ticks, id, sign);
  }
  for (const p of e.promptsUsed) bump(w.prompts, p, sign);
  return w;
}

/**
 * Applies added and removed encounters to the summaries of their weeks. `current` holds the
 * stored summaries of those weeks (missing ones start empty); returns every touched week.
 */
export function adjustWeeks(
  current: readonly WeekSummary[],
  added: readonly Encounter[],
  removed: readonly Encounter[] = [],
): WeekSummary[] {
  const weeks = new Map(current.map((w) => [w.week, copyWeek(w)]));
  const at = (e: Encounter) => {
    const week = weekStart(e.at);
    const w = weeks.get(week) ?? emptyWeek(week);
    weeks.set(week, w);
    return w;
  };
  for (const e of removed) applyToWeek(at(e), e, -1);
  for (const e of added) applyToWeek(at(e), e, 1);
  return [...weeks.values()];
}

/** The summaries of the weeks these encounters fall in, oldest week first. */
export function summarize(encounters: readonly Encounter[]): WeekSummary[] {
  return adjustWeeks([], encounters).sort((a, b) => a.week - b.week);
}
