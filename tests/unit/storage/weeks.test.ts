import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../../storage/backup';
import { db } from '../../../storage/db';
import {
  addEncounter,
  deleteAllData,
  deleteEncounter,
  updateEncounter,
} from '../../../storage/encounters';
import { checklistTotals, kindCounts, promptCounts } from '../../../storage/trends';
import { adjustWeeks, summarize, weekStart } from '../../../storage/week-summary';
import { repairWeeks, weeksSince } from '../../../storage/weeks';
import type { Encounter } from '../../../utils/domain';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const DAY = 86_400_000;
const T0 = new Date(2025, 0, 1, 9).getTime();
const KINDS = ['results', 'discharge', 'other'];
const ITEMS = ['a', 'b', 'c'];

/** A deterministic mix of encounters over ~10 weeks, some with empty fields. */
const mixed = (n: number, seed = 0): Encounter[] =>
  Array.from({ length: n }, (_, i) => {
    const k = i + seed;
    return {
      id: `e${seed}-${i}`,
      at: T0 + ((k * 37) % 70) * DAY + (k % 5) * 3_600_000,
      kind: KINDS[k % 3] as string,
      ratings: Object.fromEntries(
        ITEMS.filter((_, j) => (k + j) % 4).map((id, j) => [id, ((k + j) % 5) + 1]),
      ),
      checklist: k % 3 ? ['x', 'y'].slice(0, (k % 2) + 1) : [],
      promptsUsed: k % 4 ? [] : ['p1', 'p1', 'p2'].slice(0, (k % 3) + 1),
      note: '',
      packVersions: {},
    };
  });

const stored = async () => await db.weeks.orderBy('week').toArray();

/** Ids counted one by one, most first, ties by id: what the rankings should say. */
const tally = (ids: readonly string[]) => {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

describe('week summaries (pure)', () => {
  it('adding and removing encounters one by one ends where summarising the rest does', () => {
    const all = mixed(60);
    let weeks = adjustWeeks([], all);
    const gone = all.filter((_, i) => i % 3 === 0);
    for (const e of gone) weeks = adjustWeeks(weeks, [], [e]);
    const kept = all.filter((_, i) => i % 3 !== 0);
    const nonEmpty = weeks.filter((w) => w.count > 0).sort((a, b) => a.week - b.week);
    expect(nonEmpty).toEqual(summarize(kept));
    // Removing everything leaves empty weeks with no residue.
    weeks = adjustWeeks(weeks, [], kept);
    for (const w of weeks)
      expect(w).toEqual({
        ...w,
        count: 0,
        kinds: {},
        ratings: {},
        checklistUsed: 0,
        ticks: {},
        prompts: {},
      });
  });

  it('gives the same kinds, checklist and prompt figures as counting encounters', () => {
    const all = mixed(80);
    const weeks = summarize(all);
    expect(kindCounts(weeks)).toEqual(tally(all.map((e) => e.kind)));
    expect(promptCounts(weeks)).toEqual(tally(all.flatMap((e) => e.promptsUsed)).slice(0, 5));
    const used = all.filter((e) => e.checklist.length > 0);
    const ticked = tally(used.flatMap((e) => [...new Set(e.checklist)]));
    const count = (id: string) => ticked.find(([k]) => k === id)?.[1] ?? 0;
    const missed = ['x', 'y', 'z']
      .map((id): [string, number] => [id, used.length - count(id)])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(checklistTotals(weeks, ['x', 'y', 'z'])).toEqual({ ticked, missed });
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(80);
    for (const w of weeks) expect(weekStart(w.week)).toBe(w.week);
  });
});

describe('week summaries (stored)', () => {
  it('follow every add, edit, delete, import and delete-all', async () => {
    const a = await addEncounter({ ...mixed(1)[0]!, at: T0 });
    const b = await addEncounter({ ...mixed(1, 5)[0]!, at: T0 + 8 * DAY });
    expect(await stored()).toEqual(summarize([a, b]));

    await updateEncounter(a.id, { kind: 'discharge', ratings: { a: 1 }, checklist: ['y'] });
    const edited = { ...a, kind: 'discharge', ratings: { a: 1 }, checklist: ['y'] };
    expect(await stored()).toEqual(summarize([edited, b]));

    await deleteEncounter(b.id);
    expect(await stored()).toEqual(summarize([edited]));

    // An import merges by id: the backup's copy of `a` replaces the stored one in the weeks too.
    const incoming = [...mixed(30, 7), { ...edited, ratings: { b: 5 } }];
    await importBackup({
      format: 'attune-backup',
      version: 1,
      exportedAt: 0,
      encounters: incoming,
      events: [],
      variants: [],
    });
    expect(await stored()).toEqual(summarize(await db.encounters.toArray()));
    expect((await stored()).reduce((n, w) => n + w.count, 0)).toBe(31);

    await deleteAllData();
    expect(await db.weeks.count()).toBe(0);
  });

  it('repairs the window when rows were written behind the repository', async () => {
    const rows = mixed(40);
    await db.encounters.bulkAdd(rows); // raw table write: no summaries
    const since = weekStart(T0 + 21 * DAY);
    expect(await weeksSince(since)).toEqual([]);
    const repaired = await repairWeeks(since);
    expect(repaired).toEqual(summarize(rows.filter((e) => e.at >= since)));
    expect(await weeksSince(since)).toEqual(repaired);
    // Now in step: nothing to repair, and weeks before the window were left alone.
    expect(await repairWeeks(since)).toBeNull();
    expect(await db.weeks.where('week').below(since).count()).toBe(0);
  });
});
