import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { eachEncounterPage, readAllEncounters } from '../../../storage/backup';
import { db } from '../../../storage/db';
import {
  coachSummaryCsv,
  csvBuilder,
  csvCell,
  encountersCsv,
  itemHeaders,
  localDateTime,
  ratingColumns,
  utcOffset,
} from '../../../storage/exports';
import type { Encounter } from '../../../utils/domain';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const TRICKY = [
  '',
  'plain',
  'a,b',
  'say "hi"',
  'two\nlines',
  'cr\rhere',
  ' lead',
  'trail ',
  '=SUM(A1)',
  '+1',
  '-x',
  '@cmd',
  '\tTab',
  '\ufeffbom',
  'héllo – ünïcode',
  "it's",
];

const enc = (i: number, over: Partial<Encounter> = {}): Encounter => ({
  id: `e${String(i).padStart(3, '0')}`,
  at: 1_700_000_000_000 + ((i * 7919) % 500) * 60_000,
  kind: i % 2 ? 'results' : 'a,kind',
  ratings: i % 5 ? { a: (i % 5) + 1, b: 3 } : {},
  checklist: i % 3 ? ['x', 'y'] : [],
  promptsUsed: i % 4 ? [] : ['p'],
  note: TRICKY[i % TRICKY.length] as string,
  packVersions: {},
  ...over,
});

describe('CSV writing', () => {
  it('quotes and escapes every cell exactly as Papa Parse did', () => {
    for (const value of [...TRICKY, 4, 0, 2.5])
      expect(csvCell(value)).toBe(Papa.unparse([[value]], { escapeFormulae: true }));
  });

  it('writes the same file as Papa Parse for a varied list', () => {
    const list = Array.from({ length: 60 }, (_, i) => enc(i));
    const items = ratingColumns(list, ['c']);
    const data = list.map((e) => [
      localDateTime(e.at),
      utcOffset(e.at),
      e.kind,
      ...items.map((id) => e.ratings[id] ?? ''),
      e.checklist.join('; '),
      e.promptsUsed.join('; '),
      e.note,
      e.id,
    ]);
    const fields = [
      'Date and time',
      'UTC offset',
      'Encounter',
      ...items,
      'Checklist',
      'Prompts used',
      'Note',
      'Entry id',
    ];
    expect(encountersCsv(list, items)).toBe(
      Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' }),
    );
  });

  it('builds the same file page by page, in any order, even when a column appears late', async () => {
    const list = Array.from({ length: 120 }, (_, i) =>
      enc(i, i === 97 ? { ratings: { late: 2 } } : {}),
    );
    await db.encounters.bulkAdd(list);
    const sorted = await readAllEncounters();
    for (const known of [['a', 'b'], ['b'], []]) {
      const build = csvBuilder(known);
      await eachEncounterPage(build.add);
      const { csv, count } = build.finish();
      expect(count).toBe(120);
      expect(csv).toBe(encountersCsv(sorted, ratingColumns(sorted, known)));
    }
    // Pages handed over out of order give the same file.
    const build = csvBuilder(['a', 'b']);
    build.add(list.slice(60));
    build.add(list.slice(0, 60));
    expect(build.finish().csv).toBe(encountersCsv(sorted, ratingColumns(sorted, ['a', 'b'])));
  });

  it('reports progress against the total', async () => {
    await db.encounters.bulkAdd(Array.from({ length: 30 }, (_, i) => enc(i)));
    const seen: [number, number][] = [];
    await eachEncounterPage(
      () => {},
      (done, total) => seen.push([done, total]),
    );
    expect(seen.at(-1)).toEqual([30, 30]);
  });
});

describe('CSV for a spreadsheet', () => {
  const names = {
    items: new Map([
      ['a', 'I let the patient finish'],
      ['b', 'I named an emotion'],
    ]),
    kinds: new Map([['results', 'Results review']]),
    checklist: new Map([
      ['x', 'Sat at eye level'],
      ['y', 'Paused'],
    ]),
    prompts: new Map([['p', 'Name the emotion']]),
  };

  it('writes local date and time a spreadsheet reads as one, with the offset beside it', () => {
    const at = new Date(2025, 2, 30, 9, 5).getTime();
    expect(localDateTime(at)).toBe('2025-03-30 09:05');
    const minutes = -new Date(at).getTimezoneOffset();
    const sign = minutes < 0 ? '-' : '+';
    const hh = String(Math.trunc(Math.abs(minutes) / 60)).padStart(2, '0');
    const mm = String(Math.abs(minutes) % 60).padStart(2, '0');
    expect(utcOffset(at)).toBe(`UTC${sign}${hh}:${mm}`);
    // Never UTC's ISO form (the defect: times were written as 2025-03-30T08:05:00.000Z).
    const csv = encountersCsv([enc(1, { at })], ['a']);
    expect(csv).toContain('2025-03-30 09:05');
    expect(csv).not.toMatch(/T\d\d:\d\d:\d\d/);
  });

  it('heads the columns in words and writes names for ids; the backup keeps the ids', () => {
    const e = enc(1, { ratings: { a: 4, b: 2 }, promptsUsed: ['p'] });
    const [head, row] = Papa.parse<string[]>(encountersCsv([e], ['a', 'b'], names)).data as [
      string[],
      string[],
    ];
    expect(head).toEqual([
      'Date and time',
      'UTC offset',
      'Encounter',
      'I let the patient finish',
      'I named an emotion',
      'Checklist',
      'Prompts used',
      'Note',
      'Entry id',
    ]);
    expect(row.slice(2, 7)).toEqual([
      'Results review',
      '4',
      '2',
      'Sat at eye level; Paused',
      'Name the emotion',
    ]);
    expect(row[8]).toBe(e.id);
  });

  it('keeps every header unique and an unnamed id as itself', () => {
    const twin = new Map([
      ['a', 'Same text'],
      ['b', 'Same text'],
    ]);
    expect(itemHeaders(['a', 'b', 'c'], twin)).toEqual(['Same text (a)', 'Same text (b)', 'c']);
  });

  it("heads the coach summary by the items' texts", () => {
    const csv = coachSummaryCsv([enc(1)], ['a', 'b'], 'en', names.items);
    expect(csv.split('\r\n')[0]).toBe(
      'week_starting,encounters,I let the patient finish,I named an emotion',
    );
  });
});
