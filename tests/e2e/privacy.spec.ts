import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, serviceWorker, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { PopupPage, tabIdOf } from './pages/popup';

// Network silence itself is the auto fixture in fixtures.ts: it fails any test whose extension
// contexts make a request the test did not declare. This file proves the recorder sees what it
// must, and holds the stores to "no patient data kept".

test('the network recorder sees fetches from the service worker, an extension page and a content script', async ({
  context,
  extensionId,
  site,
  allowRequests,
  networkRecorder,
}) => {
  const probe = (who: string) => `${site}recorder-probe/${who}`;
  allowRequests(`${site}recorder-probe/`);
  const fetchIt = (url: string) =>
    fetch(url).then(
      (r) => r.status,
      () => 0,
    );

  const worker = await serviceWorker(context);
  expect(await worker.evaluate(fetchIt, probe('worker'))).toBe(404);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await popup.evaluate(fetchIt, probe('popup'))).toBe(404);

  // A content script's fetch carries the page's origin: only its initiator says it is ours.
  const page = await context.newPage();
  await page.goto(`${site}/plain.html`);
  const tabId = await tabIdOf(context, extensionId, page.url());
  await worker.evaluate(
    async ([tab, url]) => {
      await chrome.scripting.executeScript({
        target: { tabId: tab as number },
        func: (u: string) => void fetch(u),
        args: [url as string],
      });
    },
    [tabId, probe('content-script')] as const,
  );

  await expect
    .poll(() => networkRecorder.seen.map((r) => `${r.source} ${r.url}`).sort())
    .toEqual([
      `content-script ${probe('content-script')}`,
      `extension-page ${probe('popup')}`,
      `service-worker ${probe('worker')}`,
    ]);
  // The page's own loads (its HTML and CSS) are not the extension's.
  expect(networkRecorder.seen.some((r) => r.url.endsWith('site.css'))).toBe(false);
});

/** Every page of the synthetic site, and the screens of its single-page app. */
const SITE_PAGES = [
  'index.html',
  'results.html',
  'discharge.html',
  'telehealth.html',
  'note.html',
  'monitor.html?heading=Results%20to%20review',
  'spa.html',
  'spa.html?view=schedule',
  'spa.html?view=inbox',
  'spa.html?view=pathology',
  'frame.html',
  'hostile.html',
  'plain.html',
];

/** Everything the extension keeps: every IndexedDB database, extension storage, localStorage. */
function dumpStores(): Promise<unknown> {
  const all = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  return (async () => {
    const databases: Record<string, Record<string, unknown[]>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await all(indexedDB.open(name));
      databases[name] = {};
      for (const store of db.objectStoreNames)
        databases[name][store] = await all(db.transaction(store).objectStore(store).getAll());
      db.close();
    }
    return {
      databases,
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
      localStorage: { ...localStorage },
    };
  })();
}

const IDENTIFIERS: string[] = JSON.parse(
  readFileSync('tests/fixtures/site/identifiers.json', 'utf8'),
);

/** The identifiers found anywhere in a JSON dump, as written or as bare digits. */
function identifiersIn(dump: string): string[] {
  const haystack = dump.toLowerCase();
  const digits = dump.replace(/\D/g, ' ');
  return IDENTIFIERS.filter((id) => {
    const idDigits = id.replace(/\D/g, '');
    return (
      haystack.includes(id.toLowerCase()) || (idDigits.length >= 8 && digits.includes(idDigits))
    );
  });
}

/** Opens the options page and lets every matching page nudge (the gap and the hourly cap would not). */
async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#nudges`);
  const minGap = options.getByTestId('set-min-gap');
  await minGap.fill('0');
  await minGap.blur();
  const perHour = options.getByTestId('set-per-hour');
  await perHour.fill('50');
  await perHour.blur();
  await expect(options.getByTestId('options-status')).toHaveText('Nudge settings saved.');
  return options;
}

/** Visits a page as a clinician would; when a nudge shows, ticks its checklist and uses it. */
async function visit(context: BrowserContext, url: string): Promise<Page | null> {
  const page = await context.newPage();
  await page.goto(url);
  // The page's own fields get identifiers typed in too.
  const field = page.locator('textarea, input[type="text"]').first();
  if (await field.count()) await field.fill(`${IDENTIFIERS[0]} MRN ${IDENTIFIERS[1]}`);
  const overlay = new OverlayPage(page);
  if (!(await overlay.card.isVisible({ timeout: 3000 }).catch(() => false))) {
    await page.waitForTimeout(1500);
    if (!(await overlay.card.isVisible())) return null;
  }
  await overlay.button('checklist-toggle').click();
  for (const item of await overlay.checklistItems.all()) await item.check();
  await overlay.button('nudge-used').click();
  return page;
}

test('after visiting every synthetic page, nudges, ticks and logged encounters, no stored byte holds an identifier', async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(120_000);
  const options = await openOptions(context, extensionId);
  const nudged: Page[] = [];
  for (const path of SITE_PAGES) {
    const page = await visit(context, `${site}${path}`);
    if (page) nudged.push(page);
  }
  expect(nudged.length).toBeGreaterThanOrEqual(5);

  for (const page of nudged.slice(0, 3)) {
    const popup = await PopupPage.open(
      context,
      extensionId,
      await tabIdOf(context, extensionId, page.url()),
    );
    await popup.rating('let-finish', 4).check();
    await popup.note.fill('Sat down, let the silence work, then asked what matters most.');
    await popup.save.click();
    await expect(popup.status).toHaveText('Encounter saved.');
    await popup.page.close();
  }

  const dump = JSON.stringify(await options.evaluate(dumpStores));
  const stores = JSON.parse(dump) as { databases: { attune: Record<string, unknown[]> } };
  expect(stores.databases.attune.encounters).toHaveLength(3);
  expect(dump).toContain('let the silence work'); // the dump really holds what was saved
  expect(identifiersIn(dump)).toEqual([]);
});

// EHR addresses carry record numbers: the background keeps only a salted hash of a visit's path.
test('a record number in a page address is not kept either', async ({
  context,
  extensionId,
  site,
}) => {
  const options = await openOptions(context, extensionId);
  expect(await visit(context, `${site}discharge.html?mrn=${IDENTIFIERS[5]}`)).not.toBeNull();
  expect(identifiersIn(JSON.stringify(await options.evaluate(dumpStores)))).toEqual([]);
});
