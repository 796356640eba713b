import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup, makeBackup, parseBackup, previewImport } from '../../../storage/backup';
import { db } from '../../../storage/db';
import { addEncounter, deleteAllData } from '../../../storage/encounters';
import { coachSummaryCsv, encountersCsv, ratingColumns } from '../../../storage/exports';
import type { Encounter, PromptEvent } from '../../../utils/domain';

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

/** Every row of every table a backup covers; events without the database's own key. */
const everything = async () => ({
  encounters: await db.encounters.orderBy('id').toArray(),
  weeks: await db.weeks.orderBy('week').toArray(),
  events: (await db.events.orderBy('at').toArray()).map(({ id: _, ...e }) => e),
  variants: await db.variants.orderBy('promptId').toArray(),
});

/** A backup document around these rows. */
const doc = (over: Record<string, unknown>) =>
  JSON.stringify({ format: 'attune-backup', version: 1, exportedAt: 1, encounters: [], ...over });

const event = (over: Partial<PromptEvent> = {}): Omit<PromptEvent, 'id'> => ({
  at: 5,
  type: 'dismissed',
  promptId: 'p',
  packId: 'org.example.k',
  momentId: 'm',
  origin: 'https://ehr.example.org',
  ...over,
});

describe('backup', () => {
  it('restores every table, every row and every field after everything was deleted', async () => {
    // Through the repository, so the weekly totals are written as the app writes them.
    const { id: _1, ...first } = enc('e1', 1000, {
      ratings: { a: 4, b: 0 },
      packVersions: { 'org.example.k': '2.1.0' },
    });
    const { id: _2, ...second } = enc('e2', 9 * 86_400_000, {
      checklist: [],
      promptsUsed: ['p', 'q'],
    });
    await addEncounter(first);
    await addEncounter({ ...second, note: '' });
    await db.events.bulkAdd([
      event({ reason: 'no-time' }),
      event({ at: 6, type: 'dismissed', reason: 'already-did' }),
      event({ at: 7, type: 'shown' }),
      event({ at: 8, type: 'used', origin: 'http://127.0.0.1:8080' }),
    ]);
    await db.variants.bulkPut([
      { promptId: 'p', text: 'My words', updatedAt: 9 },
      { promptId: 'q', text: 'Other words', updatedAt: 10 },
    ]);
    const before = await everything();
    const text = JSON.stringify(await makeBackup(42));

    await deleteAllData();
    expect(await everything()).toEqual({ encounters: [], weeks: [], events: [], variants: [] });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await importBackup(parsed.backup);
    expect(await everything()).toEqual(before);
  });

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
    expect(await db.encounters.count()).toBe(3);
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

  it('refuses a date beyond what a Date holds before the preview, saying where it is', () => {
    const text = doc({ encounters: [enc('a', 1), enc('b', 8.64e15 + 1)] });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/damaged at encounters\.1\.at/);
    expect(parseBackup(doc({ encounters: [enc('b', 8.64e15)] })).ok).toBe(true);
  });

  it('refuses an encounter id used twice in one file, naming both places', () => {
    const parsed = parseBackup(doc({ encounters: [enc('a', 1), enc('b', 2), enc('a', 3)] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/damaged at encounters\.2\.id/);
      expect(parsed.error).toContain('encounters.0');
    }
  });

  it('keeps only the origin of an event whose site is a whole address', async () => {
    const origin = 'https://ehr.example.org:8443/patients/12345?mrn=99887766#notes';
    const parsed = parseBackup(doc({ events: [event({ origin })] }));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.events[0]?.origin).toBe('https://ehr.example.org:8443');
    await importBackup(parsed.backup);
    expect((await db.events.toArray()).map((e) => e.origin)).toEqual([
      'https://ehr.example.org:8443',
    ]);
  });

  it('refuses an event whose site is no address, without repeating it', () => {
    const parsed = parseBackup(doc({ events: [event(), event({ origin: 'MRN 99887766' })] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/damaged at events\.1\.origin: not a site's address/);
      expect(parsed.error).not.toContain('99887766');
    }
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
      'Date and time',
      'UTC offset',
      'Encounter',
      'a',
      'b',
      'Checklist',
      'Prompts used',
      'Note',
      'Entry id',
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
