import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { eachEncounterPage, readAllEncounters } from '../../../storage/backup';
import { db } from '../../../storage/db';
import { csvBuilder, csvCell, encountersCsv, ratingColumns } from '../../../storage/exports';
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
      e.id,
      new Date(e.at).toISOString(),
      e.kind,
      ...items.map((id) => e.ratings[id] ?? ''),
      e.checklist.join(';'),
      e.promptsUsed.join(';'),
      e.note,
    ]);
    const fields = ['id', 'date', 'kind', ...items, 'checklist', 'prompts_used', 'note'];
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
