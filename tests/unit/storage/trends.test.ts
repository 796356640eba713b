import { describe, expect, it } from 'vitest';
import {
  checklistTotals,
  kindCounts,
  labelledWeeks,
  promptCounts,
  weeklyFocus,
  weeklySeries,
  weekStart,
  weekStarts,
} from '../../../storage/trends';
import { summarize } from '../../../storage/week-summary';
import type { Encounter } from '../../../utils/domain';

// Wednesday 15 January 2025, noon local time.
const NOW = new Date(2025, 0, 15, 12).getTime();
const day = (y: number, m: number, d: number, h = 10) => new Date(y, m, d, h).getTime();

let n = 0;
const enc = (at: number, over: Partial<Encounter> = {}): Encounter => ({
  id: `e${n++}`,
  at,
  kind: 'results',
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: '',
  packVersions: {},
  ...over,
});

describe('weeks', () => {
  it('starts a week on local Monday midnight', () => {
    expect(weekStart(NOW)).toBe(new Date(2025, 0, 13).getTime());
    expect(weekStart(new Date(2025, 0, 19, 23, 59).getTime())).toBe(
      new Date(2025, 0, 13).getTime(),
    );
    expect(weekStart(new Date(2025, 0, 20, 0, 0).getTime())).toBe(new Date(2025, 0, 20).getTime());
  });

  it('lists 12 week starts, oldest first, current last', () => {
    const weeks = weekStarts(NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe(new Date(2025, 0, 13).getTime());
    expect(weeks[0]).toBe(new Date(2024, 9, 28).getTime());
  });
});

/** The series of these encounters' week summaries, as the trends view reads them. */
const series = (list: Encounter[], ids: string[]) => weeklySeries(summarize(list), ids, NOW);

describe('weeklySeries', () => {
  it('averages each item per week, null where a week has none, and counts encounters', () => {
    const list = [
      enc(day(2025, 0, 13), { ratings: { a: 4, b: 2 } }),
      enc(day(2025, 0, 14), { ratings: { a: 2 } }),
      enc(day(2025, 0, 7), { ratings: { a: 5, b: 5 } }),
      enc(day(2024, 5, 1), { ratings: { a: 1 } }), // older than 12 weeks: outside the chart
    ];
    const s = series(list, ['a', 'b']);
    expect(s.averages.get('a')?.slice(-2)).toEqual([5, 3]);
    expect(s.averages.get('b')?.slice(-2)).toEqual([5, 2]);
    expect(
      s.averages
        .get('a')
        ?.slice(0, 10)
        .every((v) => v === null),
    ).toBe(true);
    expect(s.counts.slice(-2)).toEqual([1, 2]);
    expect(s.counts.reduce((a, b) => a + b)).toBe(3);
  });

  it('ignores ratings of items it was not asked about', () => {
    const s = series([enc(NOW - 1000, { ratings: { z: 3 } })], ['a']);
    expect([...s.averages.keys()]).toEqual(['a']);
    expect(s.counts[11]).toBe(1);
  });
});

describe('counts and rankings', () => {
  it('counts encounters per kind, most first, ties by name', () => {
    const list = [
      enc(1, { kind: 'b' }),
      enc(2, { kind: 'a' }),
      enc(3, { kind: 'c' }),
      enc(4, { kind: 'c' }),
    ];
    expect(kindCounts(summarize(list))).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('ranks checklist ticks and misses among encounters that used the checklist', () => {
    const list = [
      enc(1, { checklist: ['x', 'y'] }),
      enc(2, { checklist: ['x'] }),
      enc(3, { checklist: [] }), // unused checklist: counts for neither
    ];
    expect(checklistTotals(summarize(list), ['x', 'y', 'z'])).toEqual({
      ticked: [
        ['x', 2],
        ['y', 1],
      ],
      missed: [
        ['z', 2],
        ['y', 1],
      ],
    });
  });

  it('ranks the prompts used most', () => {
    const list = [enc(1, { promptsUsed: ['p', 'q'] }), enc(2, { promptsUsed: ['q'] })];
    expect(promptCounts(summarize(list))).toEqual([
      ['q', 2],
      ['p', 1],
    ]);
    expect(promptCounts(summarize(list), 1)).toEqual([['q', 2]]);
  });
});

describe('weeklyFocus', () => {
  const items = [
    { id: 'a', text: 'I let the patient finish' },
    { id: 'b', text: 'I named an emotion' },
  ];
  it('picks the item with the lowest recent average and asks about it', () => {
    const list = [
      enc(day(2025, 0, 13), { ratings: { a: 4, b: 2 } }),
      enc(day(2025, 0, 6), { ratings: { a: 4, b: 3 } }),
    ];
    const focus = weeklyFocus(series(list, ['a', 'b']), items);
    expect(focus?.itemId).toBe('b');
    expect(focus?.average).toBe(2.5);
    expect(focus?.question).toContain('I named an emotion');
  });

  it('has no focus without ratings', () => {
    expect(weeklyFocus(series([], ['a']), items)).toBeNull();
  });
});

describe('ranges and labels', () => {
  it('counts the ratings of each item per week, over 4, 12 or 52 weeks', () => {
    const list = [
      enc(day(2025, 0, 13), { ratings: { a: 4, b: 2 } }),
      enc(day(2025, 0, 14), { ratings: { a: 2 } }),
      enc(day(2024, 5, 1), { ratings: { a: 1 } }),
    ];
    const four = weeklySeries(summarize(list), ['a', 'b'], NOW, 4);
    expect(four.weeks).toHaveLength(4);
    expect(four.rated.get('a')).toEqual([0, 0, 0, 2]);
    expect(four.rated.get('b')).toEqual([0, 0, 0, 1]);
    const year = weeklySeries(summarize(list), ['a'], NOW, 52);
    expect(year.rated.get('a')?.reduce((x, y) => x + y)).toBe(3);
    expect(year.averages.get('a')?.filter((v) => v !== null)).toEqual([1, 3]);
  });

  it('labels the first and last week and at most four in all', () => {
    expect(labelledWeeks(4)).toEqual([0, 1, 2, 3]);
    expect(labelledWeeks(12)).toEqual([0, 4, 7, 11]);
    expect(labelledWeeks(52)).toEqual([0, 17, 34, 51]);
    expect(labelledWeeks(1)).toEqual([0]);
  });
});
