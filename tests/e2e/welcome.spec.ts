// First run (issue 14): on install Attune opens its welcome page once; from it a user turns
// Attune on for their EHR, chooses a focus skill that Options then shows, and tries the real card
// on a demo page. Accessible light and dark, usable with the keyboard alone, and in Spanish.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Pack } from '../../prompts/schema';
import { expect, launchWithExtension, serviceWorker, test } from './fixtures';
import { EXTENSION_DIR, extensionReady, isWelcomePage } from './launch';
import { OverlayPage } from './pages/overlay';

const SHOTS = '/tmp/wel-shots';

/** One locale file's messages, by dotted key. */
async function messages(lang: 'en' | 'es'): Promise<Record<string, string>> {
  const parsed = await parseMessagesFile(`locales/${lang}.yml`);
  return Object.fromEntries(
    parsed.filter((m) => m.type === 'simple').map((m) => [m.key.join('.'), m.message]),
  );
}

/** The built-in packs of one language, read from their files (Playwright cannot import JSON). */
function builtins(dir: 'prompts' | 'prompts/es'): Pack[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Pack);
}

/** The prompt with this id in these packs. */
const promptOf = (packs: readonly Pack[], id: string | null) =>
  packs.flatMap((p) => p.prompts).find((p) => p.id === id);

/** What the background recorded of the welcome page and the last install event. */
interface WelcomeRecord {
  openedAt: number | null;
  last: { reason: string; at: number };
}

async function welcomeRecord(context: BrowserContext): Promise<WelcomeRecord | undefined> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    async () => (await chrome.storage.local.get('welcome')).welcome as WelcomeRecord | undefined,
  );
}

/** The welcome pages open in the browser now. */
const welcomePages = (context: BrowserContext) => context.pages().filter(isWelcomePage);

/** Opens the welcome page in a new tab, as the install did (for tests that start from the fixture). */
async function openWelcome(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/welcome.html${hash}`);
  await page.getByTestId('welcome-site').or(page.getByTestId('welcome-demo')).waitFor();
  return page;
}

/** The origins the watcher is registered for now. */
async function watched(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );
}

/** Turns a site off as a user does, in Options › Sites, and waits for the options page to say so. */
async function turnOffInOptions(context: BrowserContext, extensionId: string, origin: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#sites`);
  await options.getByRole('button', { name: `Remove ${origin}` }).click();
  await expect(options.getByTestId('options-status')).toHaveText(`Attune is off for ${origin}.`);
  await expect.poll(() => watched(context)).not.toContain(`${origin}/*`);
  await options.close();
}

/** Options › Sites, freshly opened: the sites it lists. */
async function optionsSites(context: BrowserContext, extensionId: string): Promise<string[]> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#sites`);
  await options.getByTestId('site-add').waitFor();
  const sites = await options.getByTestId('site').locator('span').allTextContents();
  await options.close();
  return sites;
}

/** The sample card on the demo page (Playwright's locators pierce its open shadow root). */
const card = (page: Page): Locator => page.getByTestId('welcome-demo-card').getByTestId('nudge');

async function axe(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

test('the welcome page opens once on install, and not after a service worker restart, a restart of the browser or an update', async ({
  profileDir,
}) => {
  test.setTimeout(150_000); // three starts of the browser
  // A copy of the build, so a later launch can load it as a newer version.
  const ext = mkdtempSync(path.join(tmpdir(), 'attune-welcome-ext-'));
  cpSync(EXTENSION_DIR, ext, { recursive: true });
  try {
    let context = await launchWithExtension(profileDir, { extensionDir: ext, welcome: true });
    await extensionReady(context);
    await expect.poll(() => welcomePages(context).length).toBe(1);
    const [welcome] = welcomePages(context);
    await expect((welcome as Page).getByRole('heading', { level: 1 })).toHaveText(
      'Welcome to Attune',
    );
    const first = await welcomeRecord(context);
    expect(first?.openedAt).toEqual(expect.any(Number));
    expect(first?.last.reason).toBe('install');

    // The service worker stops (as the browser stops an idle one) and starts again on a message.
    const worker = await serviceWorker(context);
    await worker.evaluate(() => {
      (globalThis as { attuneProbe?: boolean }).attuneProbe = true;
    });
    const cdp = await context.newCDPSession(welcome as Page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await (welcome as Page).evaluate(() => chrome.runtime.sendMessage('wake').catch(() => null));
    await expect
      .poll(() =>
        serviceWorker(context).then((w) =>
          w.evaluate(() => (globalThis as { attuneProbe?: boolean }).attuneProbe ?? false),
        ),
      )
      .toBe(false);
    expect(await welcomeRecord(context)).toEqual(first);
    expect(welcomePages(context)).toHaveLength(1);
    await context.close();

    // Chromium reports an unpacked extension from its command line as installed at every start.
    context = await launchWithExtension(profileDir, { extensionDir: ext });
    await extensionReady(context);
    await expect
      .poll(async () => (await welcomeRecord(context))?.last.at)
      .toBeGreaterThan(first?.last.at ?? 0);
    const again = await welcomeRecord(context);
    expect(again?.openedAt).toBe(first?.openedAt);
    expect(welcomePages(context)).toEqual([]);
    await context.close();

    // An update: the same extension, a newer version.
    const file = path.join(ext, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...manifest, version: '99.0.0' }));
    context = await launchWithExtension(profileDir, { extensionDir: ext });
    await extensionReady(context);
    await expect
      .poll(async () => (await welcomeRecord(context))?.last.at)
      .toBeGreaterThan(again?.last.at ?? 0);
    expect((await welcomeRecord(context))?.openedAt).toBe(first?.openedAt);
    expect(welcomePages(context)).toEqual([]);
    await context.close();
  } finally {
    rmSync(ext, { recursive: true, force: true });
  }
});

test('the welcome page turns Attune on for a typed address and for a site open in another tab', async ({
  context,
  extensionId,
  site,
}) => {
  const origin = 'http://127.0.0.1';
  await turnOffInOptions(context, extensionId, origin);
  // The clinician's EHR, open in a tab while Attune is off there: no card.
  const ehr = await context.newPage();
  await ehr.goto(`${site}/results.html`);

  const welcome = await openWelcome(context, extensionId);
  await welcome.getByTestId('welcome-site-input').fill(`${site}/results.html?from=bookmark`);
  await welcome.getByTestId('welcome-site-enable').click();
  await expect(welcome.getByTestId('welcome-site-status')).toContainText(
    `Attune is on for ${origin}.`,
  );
  await expect(welcome.getByTestId('welcome-site-input')).toHaveValue('');
  await expect(welcome.getByTestId('welcome-enabled-site')).toContainText([origin]);
  expect(await optionsSites(context, extensionId)).toContain(origin);
  expect(await watched(context)).toContain(`${origin}/*`);
  // The open EHR tab is watched at once, without a reload: its card shows.
  await expect(new OverlayPage(ehr).card).toBeVisible();

  // Off again; the welcome page now offers the site of the open tab.
  await turnOffInOptions(context, extensionId, origin);
  const offer = welcome.getByTestId('welcome-open-site');
  await expect(offer).toHaveText(`Turn on for ${origin}`);
  await offer.click();
  await expect(welcome.getByTestId('welcome-site-status')).toContainText(
    `Attune is on for ${origin}.`,
  );
  await expect(offer).toHaveCount(0);
  expect(await optionsSites(context, extensionId)).toContain(origin);
  expect(await watched(context)).toContain(`${origin}/*`);
});

test('the welcome page says so when an address is not a site, and keeps what was typed', async ({
  context,
  extensionId,
}) => {
  const welcome = await openWelcome(context, extensionId);
  await welcome.getByTestId('welcome-site-input').fill('ftp://files.example.org');
  await welcome.getByTestId('welcome-site-enable').click();
  await expect(welcome.getByTestId('welcome-site-status')).toHaveText(
    '"ftp://files.example.org" is not a web site address (for example, https://ehr.example.org).',
  );
  await expect(welcome.getByTestId('welcome-site-input')).toHaveValue('ftp://files.example.org');
});

test('the focus skill chosen on the welcome page is stored, shown in Options, and trained by the sample card', async ({
  context,
  extensionId,
}) => {
  const welcome = await openWelcome(context, extensionId);
  await welcome.getByRole('radio', { name: /^Communication skills/ }).check();
  await expect(welcome.getByTestId('welcome-focus-status')).toHaveText(
    'Focus saved: Communication skills.',
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#nudges`);
  await expect(options.getByTestId('set-focus')).toHaveValue('communication-skills');
  await expect(options.getByTestId('set-focus').locator('option:checked')).toHaveText(
    'Communication skills',
  );
  await options.close();

  // The demo page: the real card, with a built-in prompt that trains the chosen skill.
  await welcome.getByTestId('welcome-open-demo').click();
  await expect(card(welcome)).toBeVisible();
  await expect(welcome).toHaveTitle('Attune demo page');
  const prompt = promptOf(builtins('prompts'), await card(welcome).getAttribute('data-prompt'));
  expect(prompt?.component).toBe('communication-skills');
  await expect(card(welcome).getByTestId('nudge-text')).toHaveText(prompt?.text ?? '');
  // Its checklist ticks, and "Used it" folds it into the pill, as on a clinical page.
  await card(welcome).getByTestId('checklist-toggle').click();
  await card(welcome).getByTestId('checklist-item').first().check();
  await expect(card(welcome).getByTestId('checklist-toggle')).toContainText('(1/');
  await card(welcome).getByTestId('nudge-used').click();
  await expect(welcome.getByTestId('welcome-demo-card').getByTestId('pill')).toBeVisible();
  // "Not now" closes it; the page offers it again.
  await welcome.getByTestId('welcome-demo-card').getByTestId('pill').click();
  await card(welcome).getByTestId('nudge-not-now').click();
  await card(welcome).getByTestId('nudge-snooze').click();
  await expect(welcome.getByTestId('welcome-demo-closed')).toBeVisible();
  await welcome.getByTestId('welcome-demo-again').click();
  await expect(card(welcome)).toBeVisible();
  // Back to the welcome page, where the choice still shows.
  await welcome.getByTestId('welcome-back').click();
  await expect(welcome.getByRole('radio', { name: /^Communication skills/ })).toBeChecked();
});

/** What has the focus now, and whether it shows a focus ring a sighted keyboard user can see. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement;
    while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      testId: el.getAttribute('data-testid') ?? el.tagName,
      ring:
        el.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
}

test('the whole welcome page works with the keyboard alone, every stop showing a focus ring', async ({
  context,
  extensionId,
  site,
}) => {
  const origin = 'http://127.0.0.1';
  await turnOffInOptions(context, extensionId, origin);
  const page = await openWelcome(context, extensionId);
  const stops: { testId: string; ring: boolean }[] = [];
  // Every stop Tab or an arrow key reaches; Enter may move the focus on purpose (to the demo
  // page's heading) or leave it with the page (the card folds into the pill, never taking it).
  const press = async (key: string) => {
    await page.keyboard.press(key);
    if (key !== 'Enter') stops.push(await focused(page));
  };
  const tabTo = async (testId: string) => {
    for (let i = 0; i < 30 && stops.at(-1)?.testId !== testId; i++) await press('Tab');
    expect(stops.at(-1)?.testId).toBe(testId);
  };

  await tabTo('welcome-site-input');
  await page.keyboard.type(site);
  await press('Enter');
  await expect(page.getByTestId('welcome-site-status')).toContainText(
    `Attune is on for ${origin}.`,
  );
  await tabTo('welcome-focus-choice');
  await press('ArrowDown'); // from "No focus for now" (checked) round to the first skill
  await expect(page.getByTestId('welcome-focus-status')).toContainText('Focus saved:');
  await tabTo('welcome-open-demo');
  await press('Enter');
  await expect(card(page)).toBeVisible();
  await tabTo('nudge-used');
  await press('Enter');
  await expect(page.getByTestId('welcome-demo-card').getByTestId('pill')).toBeVisible();
  expect(stops.filter((s) => !s.ring)).toEqual([]);
});

test('axe finds no violations on the welcome page and the demo page, light and dark; screenshots', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000); // four axe runs and four full-page screenshots
  const page = await openWelcome(context, extensionId);
  for (const scheme of ['light', 'dark'] as const) {
    expect(await axe(page, scheme)).toEqual([]);
    await shot(page, `welcome-${scheme}.png`);
  }
  await page.getByTestId('welcome-open-demo').click();
  await expect(card(page)).toBeVisible();
  await card(page).getByTestId('checklist-toggle').click();
  for (const scheme of ['light', 'dark'] as const) {
    expect(await axe(page, scheme)).toEqual([]);
    await shot(page, `demo-${scheme}.png`);
  }
});

test('in a Spanish browser the welcome page and its sample card are in Spanish, and accessible', async ({
  profileDir,
}) => {
  test.setTimeout(90_000); // a browser of its own, two axe runs
  const es = await messages('es');
  const context = await launchWithExtension(profileDir, { lang: 'es', welcome: true });
  try {
    await extensionReady(context);
    await expect.poll(() => welcomePages(context).length).toBe(1);
    const page = welcomePages(context)[0] as Page;
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(es['welcome.title'] as string);
    await expect(page.locator('html')).toHaveAttribute('lang', /^es/);
    expect(await axe(page, 'light')).toEqual([]);
    await shot(page, 'welcome-es.png');

    await page.getByTestId('welcome-open-demo').click();
    await expect(card(page)).toBeVisible();
    await expect(card(page).getByTestId('nudge-used')).toHaveText(es['nudge.used'] as string);
    await expect(card(page)).toHaveAttribute('lang', /^es/);
    // The sample prompt comes from the Spanish edition of the built-in packs.
    const prompt = promptOf(builtins('prompts/es'), await card(page).getAttribute('data-prompt'));
    await expect(card(page).getByTestId('nudge-text')).toHaveText(prompt?.text ?? '');
    await card(page).getByTestId('checklist-toggle').click();
    expect(await axe(page, 'dark')).toEqual([]);
    await shot(page, 'demo-es-dark.png');
  } finally {
    await context.close();
  }
});
