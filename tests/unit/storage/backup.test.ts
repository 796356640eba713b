import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup, makeBackup, parseBackup, previewImport } from '../../../storage/backup';
import { db, type Encounter } from '../../../storage/db';
import { countEncounters } from '../../../storage/encounters';
import { coachSummaryCsv, encountersCsv, ratingColumns } from '../../../storage/exports';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const enc = (id: string, at: number, over: Partial<Encounter> = {}): Encounter => ({
  id,
  at,
  kind: 'results',
  ratings: { a: 4 },
  checklist: ['x'],
  promptsUsed: ['p'],
  note: 'felt rushed',
  packVersions: { k: '1.0.0' },
  ...over,
});

async function seeded() {
  await db.encounters.bulkAdd([enc('e1', 1000), enc('e2', 2000, { ratings: { a: 2, b: 5 } })]);
  await db.events.add({
    at: 5,
    type: 'used',
    promptId: 'p',
    packId: 'k',
    momentId: 'm',
    origin: 'https://ehr.test',
  });
  await db.variants.put({ promptId: 'p', text: 'My words', updatedAt: 9 });
  return JSON.stringify(await makeBackup(42));
}

describe('backup', () => {
  it('round-trips: a backup imported into an empty profile restores every row', async () => {
    const text = await seeded();
    const before = await db.encounters.toArray();
    await db.delete();
    await db.open();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await previewImport(parsed.backup)).toEqual({ total: 2, added: 2, existing: 0 });
    await importBackup(parsed.backup);
    expect(await db.encounters.orderBy('at').toArray()).toEqual(before);
    expect(await db.events.count()).toBe(1);
    expect((await db.variants.get('p'))?.text).toBe('My words');
  });

  it('merges by id: existing entries are counted, replaced, never doubled', async () => {
    const parsed = parseBackup(await seeded());
    if (!parsed.ok) throw new Error(parsed.error);
    await db.encounters.add(enc('e3', 3000));
    expect(await previewImport(parsed.backup)).toEqual({ total: 2, added: 0, existing: 2 });
    await importBackup(parsed.backup);
    expect(await countEncounters()).toBe(3);
    expect(await db.events.count()).toBe(1);
  });

  it.each([
    ['not JSON', '{"format": "attune-backup",', /not valid JSON/],
    [
      'a foreign file',
      JSON.stringify({ format: 1, id: 'org.example.pack' }),
      /not an Attune backup/,
    ],
    ['a newer format', JSON.stringify({ format: 'attune-backup', version: 99 }), /newer Attune/],
    [
      'a damaged entry',
      JSON.stringify({
        format: 'attune-backup',
        version: 1,
        exportedAt: 1,
        encounters: [{ id: 'x', at: 'yesterday' }],
      }),
      /damaged at encounters\.0\.at/,
    ],
    [
      'a rating out of range',
      JSON.stringify({
        format: 'attune-backup',
        version: 1,
        exportedAt: 1,
        encounters: [enc('x', 1, { ratings: { a: 99 } })],
      }),
      /damaged/,
    ],
  ])('refuses %s with a clear error', (_, text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('is atomic: a failing import leaves the database as it was', async () => {
    await seeded();
    const bad = {
      format: 'attune-backup' as const,
      version: 1,
      exportedAt: 1,
      events: [],
      variants: [],
      // The same id twice in one bulkPut is fine; an invalid key (an object) makes IndexedDB throw.
      encounters: [enc('new', 5), { ...enc('new2', 6), id: {} as unknown as string }],
    };
    await expect(importBackup(bad)).rejects.toThrow();
    expect((await db.encounters.toArray()).map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });
});

describe('exports', () => {
  const list = [
    enc('e1', new Date(2025, 0, 13, 10).getTime()),
    enc('e2', new Date(2025, 0, 14, 10).getTime(), { ratings: { a: 2, b: 5 }, note: '=SUM(A1)' }),
  ];

  it('writes one CSV row per encounter and one column per rating item', () => {
    const csv = encountersCsv(list, ratingColumns(list, ['a']));
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data[0]).toEqual([
      'id',
      'date',
      'kind',
      'a',
      'b',
      'checklist',
      'prompts_used',
      'note',
    ]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[2]?.slice(3, 5)).toEqual(['2', '5']);
    expect(parsed.data[2]?.[7]).toBe("'=SUM(A1)"); // no formula runs in a spreadsheet
  });

  it('summarises weeks for a coach without notes or finer times', () => {
    const csv = coachSummaryCsv(list, ['a', 'b']);
    expect(csv).not.toContain('rushed');
    expect(csv).not.toMatch(/T\d\d:/);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['week_starting', 'encounters', 'a', 'b']);
    expect(rows[1]?.slice(1)).toEqual(['2', '3.00', '5.00']);
  });
});
