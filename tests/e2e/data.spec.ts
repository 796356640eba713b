import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { weekStarts } from '../../storage/trends';
import type { PromptEvent, PromptVariant } from '../../utils/domain';
import { expect, launchWithExtension, test } from './fixtures';
import { extensionReady } from './launch';
import { OptionsPage, readEncounters, seedEncounters, syntheticEncounters } from './pages/options';

type Table = 'encounters' | 'events' | 'variants';

/** Writes rows into one table of the extension's database (raw IndexedDB, from its page). */
function putRows(page: Page, table: Table, rows: readonly object[]): Promise<void> {
  return page.evaluate(
    ([name, list]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const r of list) tx.objectStore(name).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, rows] as const,
  );
}

/** Every row of one table, in its key order. */
function rowsOf(page: Page, table: Table): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** Every table a backup covers; events without the key the database gives them. */
async function everything(page: Page) {
  const events = await rowsOf(page, 'events');
  return {
    encounters: await rowsOf(page, 'encounters'),
    events: events.map(({ id: _, ...e }) => e).sort((a, b) => Number(a.at) - Number(b.at)),
    variants: await rowsOf(page, 'variants'),
  };
}

/** The built-in rating items' texts: the CSV's headers for a person (the backup keeps the ids). */
const RATING_TITLES = [
  'I let the patient finish their opening statement',
  'I named or acknowledged an emotion',
  'I started with an open question',
  "I checked understanding in the patient's own words",
  'I gave my full attention, facing the patient rather than the screen',
];

test('a JSON backup from one profile restores every entry in a fresh profile', async ({
  context,
  extensionId,
}) => {
  const rows = syntheticEncounters(25);
  let options = await OptionsPage.open(context, extensionId);
  await seedEncounters(options.page, rows);
  const backup = await options.exportFile('export-json');
  expect(backup.name).toMatch(/^attune-backup-\d{4}-\d\d-\d\d\.json$/);
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'attune-backup', version: 1 });

  const dir = mkdtempSync(path.join(tmpdir(), 'attune-fresh-'));
  const fresh = await launchWithExtension(dir);
  try {
    options = await OptionsPage.open(fresh, await extensionReady(fresh));
    await expect(options.page.getByTestId('history-empty')).toBeVisible();
    await options.chooseImport(backup.name, backup.text);
    await expect(options.page.getByTestId('import-preview')).toContainText(
      '25 encounters: 25 new, 0 already here',
    );
    await options.page.getByTestId('import-confirm').click();
    await expect(options.status).toHaveText('Imported 25 encounters (25 new, 0 updated).');
    expect(await readEncounters(options.page)).toEqual(rows);

    // Importing the same file again merges by id: nothing new, nothing doubled.
    await options.chooseImport(backup.name, backup.text);
    await expect(options.page.getByTestId('import-preview')).toContainText(
      '0 new, 25 already here',
    );
    await options.page.getByTestId('import-confirm').click();
    await expect(options.status).toContainText('Imported 25');
    expect(await readEncounters(options.page)).toHaveLength(25);
  } finally {
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a backup of every table, restored after delete all, gives back every row and field', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const rows = syntheticEncounters(8);
  // An id named like an object property is data like any other.
  rows[0] = { ...(rows[0] as (typeof rows)[number]), ratings: { constructor: 3, 'let-finish': 4 } };
  await seedEncounters(options.page, rows);
  const now = Date.now();
  const event = (over: Partial<PromptEvent>): Omit<PromptEvent, 'id'> => ({
    at: now - 60_000,
    type: 'shown',
    promptId: 'name-emotion',
    packId: 'org.attune.core-empathy',
    momentId: 'results',
    origin: 'http://127.0.0.1:8080',
    ...over,
  });
  await putRows(options.page, 'events', [
    event({}),
    event({ at: now - 50_000, type: 'dismissed', reason: 'no-time' }),
    event({ at: now - 40_000, type: 'dismissed', reason: 'already-did' }),
    event({ at: now - 30_000, type: 'used' }),
    event({ at: now - 20_000, type: 'snoozed', momentId: 'discharge' }),
  ]);
  const variants: PromptVariant[] = [
    { promptId: 'name-emotion', text: 'My own words for this.', updatedAt: now - 10_000 },
    { promptId: 'ask-first', text: 'What have you heard so far?', updatedAt: now - 5_000 },
  ];
  await putRows(options.page, 'variants', variants);
  const before = await everything(options.page);
  expect(before.events.filter((e) => e.reason)).toHaveLength(2);
  const backup = await options.exportFile('export-json');

  await options.page.getByTestId('delete-all').click();
  await options.page.getByTestId('delete-all-confirm').click();
  await expect(options.status).toHaveText('All your data was deleted.');
  expect(await everything(options.page)).toEqual({ encounters: [], events: [], variants: [] });

  await options.chooseImport(backup.name, backup.text);
  await expect(options.page.getByTestId('import-preview')).toContainText(
    '8 encounters: 8 new, 0 already here',
  );
  await options.page.getByTestId('import-confirm').click();
  await expect(options.status).toHaveText('Imported 8 encounters (8 new, 0 updated).');
  expect(await everything(options.page)).toEqual(before);
});

test('CSV has one row per encounter, one column per rating item headed by its text, local times; the coach summary has no notes', async ({
  context,
  extensionId,
}) => {
  const rows = syntheticEncounters(12);
  const options = await OptionsPage.open(context, extensionId);
  await seedEncounters(options.page, rows);
  const csv = await options.exportFile('export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  const table = Papa.parse<Record<string, string>>(csv.text, {
    header: true,
    skipEmptyLines: true,
  });
  expect(table.meta.fields).toEqual([
    'Date and time',
    'UTC offset',
    'Encounter',
    ...RATING_TITLES,
    'Checklist',
    'Prompts used',
    'Note',
    'Entry id',
  ]);
  expect(table.data).toHaveLength(12);
  const first = table.data.find((r) => r['Entry id'] === rows[0]?.id);
  expect(first?.[RATING_TITLES[0] as string]).toBe(String(rows[0]?.ratings['let-finish']));
  expect(first?.Note).toBe(rows[0]?.note);
  // Local time, as the clock on the wall read it (the browser's time zone is the test's).
  const at = new Date(rows[0]?.at ?? 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  expect(first?.['Date and time']).toBe(
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`,
  );

  const coach = await options.exportFile('export-coach');
  expect(coach.text.split('\r\n')[0]).toBe(
    ['week_starting', 'encounters', ...RATING_TITLES]
      .map((h) => (h.includes(',') ? `"${h}"` : h))
      .join(','),
  );
  expect(coach.text).not.toContain('Practice note');
});

test('a corrupt or foreign backup gets a clear error and changes nothing', async ({
  context,
  extensionId,
}) => {
  const rows = syntheticEncounters(3);
  const options = await OptionsPage.open(context, extensionId);
  await seedEncounters(options.page, rows);
  const good = await options.exportFile('export-json');

  await options.chooseImport('broken.json', good.text.slice(0, good.text.length / 2));
  await expect(options.page.getByTestId('import-error')).toHaveText(/not valid JSON/);
  await expect(options.page.getByTestId('import-preview')).toHaveCount(0);

  const damaged = JSON.parse(good.text);
  damaged.encounters.push(
    { ...damaged.encounters[0], id: 'new-one' },
    { id: 'bad', at: 'yesterday' },
  );
  await options.chooseImport('damaged.json', JSON.stringify(damaged));
  await expect(options.page.getByTestId('import-error')).toHaveText(/damaged at encounters\.4\.at/);

  // The same entry twice is refused before any preview, naming where it repeats.
  const twice = JSON.parse(good.text);
  twice.encounters.push(twice.encounters[1]);
  await options.chooseImport('twice.json', JSON.stringify(twice));
  await expect(options.page.getByTestId('import-error')).toHaveText(
    /damaged at encounters\.3\.id: this entry's id is already used by encounters\.1/,
  );
  await expect(options.page.getByTestId('import-preview')).toHaveCount(0);

  await options.chooseImport(
    'pack.json',
    JSON.stringify({ format: 1, id: 'org.example.pack', prompts: [] }),
  );
  await expect(options.page.getByTestId('import-error')).toHaveText(
    'This file is not an Attune backup.',
  );
  await expect(options.page.getByTestId('import-preview')).toHaveCount(0);
  expect(await readEncounters(options.page)).toEqual(rows);
});

test('delete all data asks first, then empties history and trends', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await seedEncounters(options.page, syntheticEncounters(4));
  await options.show('data');
  await options.page.getByTestId('delete-all').click();
  await options.page.getByTestId('delete-all-cancel').click();
  expect(await readEncounters(options.page)).toHaveLength(4);
  await options.page.getByTestId('delete-all').click();
  await options.page.getByTestId('delete-all-confirm').click();
  await expect(options.status).toHaveText('All your data was deleted.');
  expect(await readEncounters(options.page)).toEqual([]);
});

test('history shows 50 rows, then older ones on request, and says when a filter matches nothing', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const rows = syntheticEncounters(60);
  await seedEncounters(options.page, rows);
  await options.page.reload();
  await expect(options.rows).toHaveCount(50);
  await options.page.getByTestId('history-more').click();
  await expect(options.rows).toHaveCount(60);
  await expect(options.page.getByTestId('history-more')).toHaveCount(0);

  await options.page.getByTestId('filter-to').fill('2001-01-01');
  await expect(options.page.getByTestId('history-empty')).toHaveText(
    'No encounter matches these filters.',
  );
  await options.page.getByTestId('filter-clear').click();
  await expect(options.rows).toHaveCount(50);
  // The trends count every seeded row of their window, though the seed bypassed the app.
  await options.show('trends');
  const since = weekStarts(Date.now())[0] ?? 0;
  await expect(options.page.getByTestId('trends-total')).toHaveText(
    `${rows.filter((r) => r.at >= since).length} encounters in the last 12 weeks.`,
  );
});
