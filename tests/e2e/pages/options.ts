import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Encounter } from '../../../utils/domain';

/** An encounter row as the database stores it. */
export type EncounterRow = Encounter;

/** A section of the options page, as its address names it (`options.html#trends`). */
export type OptionsSection =
  | 'journal'
  | 'trends'
  | 'practice'
  | 'packs'
  | 'sites'
  | 'nudges'
  | 'data';

/** What shows once each section has read what it shows. */
const READY: Record<OptionsSection, string> = {
  journal: '[data-testid="journal"][data-loaded]',
  trends: '[data-testid="trend-chart"]',
  practice: '[data-testid="practice"]',
  packs: '[data-testid="pack-file"]',
  sites: '[data-testid="site-origin"]',
  nudges: '[data-testid="set-per-hour"]',
  data: '[data-testid="export-json"]',
};

/** The options page of the extension: a navigation and one section at a time. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  /** Opens the options page on a section (the journal, where it opens by itself) once it is read. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    section: OptionsSection = 'journal',
  ): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#${section}`);
    await page.locator(READY[section]).waitFor();
    return new OptionsPage(page);
  }

  /** The section shown now. */
  section(): Promise<string | null> {
    return this.page.getByTestId('options-section').getAttribute('data-section');
  }

  /** Opens a section with its navigation link, as a user does, and waits until it is read. */
  async show(section: OptionsSection): Promise<void> {
    if ((await this.section()) !== section)
      await this.page.getByTestId('options-nav').getByTestId(`nav-${section}`).click();
    await this.page.locator(READY[section]).waitFor();
  }

  get rows(): Locator {
    return this.page.getByTestId('history-row');
  }

  get status(): Locator {
    return this.page.getByTestId('options-status');
  }

  /** Clicks an export button (in Your data) and returns the saved file's name and text. */
  async exportFile(testId: 'export-json' | 'export-csv' | 'export-coach') {
    await this.show('data');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Chooses a file in the import picker (in Your data). */
  async chooseImport(name: string, text: string): Promise<void> {
    await this.show('data');
    await this.page
      .getByTestId('import-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}

/**
 * Writes encounters straight into the extension's IndexedDB from one of its pages (raw
 * IndexedDB, so tests and benches seed thousands of rows in one transaction).
 */
export function seedEncounters(page: Page, rows: readonly EncounterRow[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('encounters', 'readwrite');
          const store = tx.objectStore('encounters');
          for (const r of list) store.put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows as EncounterRow[],
  );
}

/** Every stored encounter, ordered by id. */
export function readEncounters(page: Page): Promise<EncounterRow[]> {
  return page.evaluate(
    () =>
      new Promise<EncounterRow[]>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('encounters').objectStore('encounters').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as EncounterRow[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Synthetic encounters spread evenly over the last `spanDays` days (no real person or note). */
export function syntheticEncounters(n: number, now = Date.now(), spanDays = 97): EncounterRow[] {
  const kinds = ['results', 'discharge', 'serious-news', 'telehealth', 'routine-visit', 'other'];
  const items = [
    'let-finish',
    'named-emotion',
    'open-question',
    'checked-understanding',
    'full-attention',
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${String(i).padStart(6, '0')}`,
    at: now - Math.floor((i * spanDays * 86_400_000) / Math.max(n, 1)) - 60_000,
    kind: kinds[i % kinds.length] as string,
    ratings: Object.fromEntries(items.map((id, k) => [id, ((i + k) % 5) + 1])),
    checklist: i % 3 ? ['eye-level', 'open-question'] : [],
    promptsUsed: i % 4 ? [] : ['name-emotion'],
    note: i % 10 ? '' : `Practice note ${i}: slowed down at the end.`,
    packVersions: { 'org.attune.core-empathy': '1.0.0' },
  }));
}
