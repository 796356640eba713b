import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { addEncounter } from '../../../storage/encounters';
import {
  dayStart,
  defaultPeriod,
  encountersIn,
  parsePeriod,
  periodBounds,
  periodHash,
  reportFigures,
} from '../../../storage/report';
import type { Encounter } from '../../../utils/domain';

// Wednesday 15 January 2025, noon local time.
const NOW = new Date(2025, 0, 15, 12).getTime();
const at = (m: number, d: number, h = 10) => new Date(2025, m, d, h).getTime();

let n = 0;
const enc = (when: number, over: Partial<Encounter> = {}): Encounter => ({
  id: `e${n++}`,
  at: when,
  kind: 'results',
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: '',
  packVersions: {},
  ...over,
});

describe('the period', () => {
  it('defaults to the last 12 weeks, from their first Monday to today', () => {
    expect(defaultPeriod(NOW)).toEqual({ from: '2024-10-28', to: '2025-01-15' });
  });

  it('is read from the address, swapped when backwards, defaulted when impossible', () => {
    expect(parsePeriod('#from=2025-01-01&to=2025-01-31', NOW)).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(parsePeriod('#from=2025-01-31&to=2025-01-01', NOW)).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(parsePeriod('#from=2025-02-31&to=nonsense', NOW)).toEqual(defaultPeriod(NOW));
    expect(parsePeriod(periodHash({ from: '2024-12-01', to: '2025-01-10' }), NOW)).toEqual({
      from: '2024-12-01',
      to: '2025-01-10',
    });
  });

  it('includes both whole days', () => {
    const { start, end } = periodBounds({ from: '2025-01-06', to: '2025-01-07' });
    expect(start).toBe(new Date(2025, 0, 6).getTime());
    expect(end).toBe(new Date(2025, 0, 8).getTime() - 1);
    expect(dayStart('2025-13-01')).toBeNull();
  });
});

describe('the figures', () => {
  const period = { from: '2025-01-06', to: '2025-01-19' };
  const list = [
    enc(at(0, 1), { kind: 'discharge', note: 'Before the period.' }),
    enc(at(0, 6), {
      ratings: { 'let-finish': 2, 'named-emotion': 4 },
      checklist: ['eye-level'],
      promptsUsed: ['name-emotion'],
      note: 'Slowed down when the news landed.',
    }),
    enc(at(0, 8), { kind: 'discharge', ratings: { 'let-finish': 4 }, note: '  ' }),
    enc(at(0, 14), {
      ratings: { 'let-finish': 5 },
      checklist: ['eye-level', 'open-question'],
      promptsUsed: ['name-emotion', 'teach-back'],
      note: 'Asked what mattered most.',
    }),
    enc(at(0, 20), { kind: 'telehealth', note: 'After the period.' }),
  ];
  const figures = reportFigures(list, period, ['named-emotion', 'let-finish'], ['eye-level', 'x']);

  it('counts only the period, by kind', () => {
    expect(figures.total).toBe(3);
    expect(figures.kinds).toEqual([
      ['results', 2],
      ['discharge', 1],
    ]);
  });

  it('charts each rated item by week, in the order asked for', () => {
    expect(figures.weeks).toEqual([
      new Date(2025, 0, 6).getTime(),
      new Date(2025, 0, 13).getTime(),
    ]);
    expect(figures.items.map((i) => i.id)).toEqual(['named-emotion', 'let-finish']);
    expect(figures.items[1]).toEqual({ id: 'let-finish', means: [3, 5], counts: [2, 1] });
    expect(figures.items[0]).toEqual({ id: 'named-emotion', means: [4, null], counts: [1, 0] });
  });

  it('counts checklist habits for every item, ticked or not, and prompts practised', () => {
    expect(figures.checklistUsed).toBe(2);
    expect(figures.ticks).toEqual([
      ['eye-level', 2],
      ['x', 0],
      ['open-question', 1],
    ]);
    expect(figures.prompts).toEqual([
      ['name-emotion', 2],
      ['teach-back', 1],
    ]);
  });

  it('offers the notes of the period only, newest first, none blank', () => {
    expect(figures.notes.map((e) => e.note)).toEqual([
      'Asked what mattered most.',
      'Slowed down when the news landed.',
    ]);
  });
});

describe('reading a period', () => {
  beforeEach(async () => {
    await db.encounters.clear();
    await db.weeks.clear();
  });

  it('reads the encounters of the period and no others', async () => {
    const base = { kind: 'results', ratings: {}, checklist: [], promptsUsed: [], packVersions: {} };
    await addEncounter({ ...base, at: at(0, 5, 23), note: 'a' });
    await addEncounter({ ...base, at: at(0, 6, 0), note: 'b' });
    await addEncounter({ ...base, at: at(0, 7, 23), note: 'c' });
    await addEncounter({ ...base, at: at(0, 8, 0), note: 'd' });
    const rows = await encountersIn({ from: '2025-01-06', to: '2025-01-07' });
    expect(rows.map((r) => r.note)).toEqual(['b', 'c']);
  });
});
