// The stored week summaries: kept in step with the encounters inside the same transaction as
// every write, read by the trends view (12 rows, whatever the number of encounters).
import type { Encounter, WeekSummary } from '../utils/domain';
import { db } from './db';
import { adjustWeeks, summarize, weekStart } from './week-summary';

/**
 * Applies added and removed encounters to the stored summaries. Call inside a `rw` transaction
 * that also writes the encounters, so both change together or not at all.
 */
export async function recordInWeeks(
  added: readonly Encounter[],
  removed: readonly Encounter[] = [],
): Promise<void> {
  const keys = [...new Set([...added, ...removed].map((e) => weekStart(e.at)))];
  if (keys.length === 0) return;
  const stored = (await db.weeks.bulkGet(keys)).filter((w): w is WeekSummary => w !== undefined);
  const next = adjustWeeks(stored, added, removed);
  await db.weeks.bulkPut(next.filter((w) => w.count > 0));
  await db.weeks.bulkDelete(next.filter((w) => w.count <= 0).map((w) => w.week));
}

/** The stored summaries of the weeks from `since` on (one small indexed read). */
export function weeksSince(since: number): Promise<WeekSummary[]> {
  return db.weeks.where('week').aboveOrEqual(weekStart(since)).toArray();
}

/**
 * Checks the summaries of the weeks from `since` on against a count of the encounters in them,
 * and rebuilds them from the rows when they disagree; returns the rebuilt summaries, or null when
 * they were right. Every write through this module's callers keeps them right; rows written
 * behind their back (raw IndexedDB, as tests and benches seed) are what this catches. The count
 * walks the `at` index, so the trends view runs it after its first render, not before.
 */
export async function repairWeeks(since: number): Promise<WeekSummary[] | null> {
  const first = weekStart(since);
  const [weeks, n] = await db.transaction('r', db.encounters, db.weeks, () =>
    Promise.all([weeksSince(first), db.encounters.where('at').aboveOrEqual(first).count()]),
  );
  if (weeks.reduce((sum, w) => sum + w.count, 0) === n) return null;
  return db.transaction('rw', db.encounters, db.weeks, async () => {
    const rebuilt = summarize(await db.encounters.where('at').aboveOrEqual(first).toArray());
    await db.weeks.where('week').aboveOrEqual(first).delete();
    await db.weeks.bulkPut(rebuilt);
    return rebuilt;
  });
}
