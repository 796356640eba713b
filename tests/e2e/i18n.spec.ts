// Languages (docs/privacy.md, Languages): in a browser set to Spanish, every surface speaks
// Spanish, keeps its accessibility, and lists Spanish packs before the others. Expected texts
// are read from the locale files, so a rewording there does not break these tests.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Pack } from '../../prompts/schema';
import { trainerPack } from '../unit/storage/pack-fixture';
import { expect, launchWithExtension, test } from './fixtures';
import { extensionReady } from './launch';
import { OverlayPage } from './pages/overlay';
import { PacksPage } from './pages/packs';
import { PopupPage } from './pages/popup';

/** One locale file's messages, by dotted key. */
async function messages(lang: 'en' | 'es'): Promise<Record<string, string>> {
  const parsed = await parseMessagesFile(`locales/${lang}.yml`);
  return Object.fromEntries(
    parsed.filter((m) => m.type === 'simple').map((m) => [m.key.join('.'), m.message]),
  );
}

async function spanishBrowser(profileDir: string): Promise<[BrowserContext, string]> {
  const context = await launchWithExtension(profileDir, { lang: 'es' });
  return [context, await extensionReady(context)];
}

/** The built-in packs of one language, read from their files (Playwright's loader cannot import JSON). */
function builtins(dir: 'prompts' | 'prompts/es'): Pack[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Pack);
}

/** The scripts of the given packs shown at a results page, by text. */
const resultScripts = (packs: readonly Pack[]) =>
  new Map(
    packs
      .flatMap((p) => p.prompts)
      .filter(
        (p) =>
          p.kind === 'script' &&
          p.moments.some((m) => m === 'results' || m === 'diagnostic-results'),
      )
      .map((p) => [p.text, p]),
  );

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);

test('in a Spanish browser the popup, the options page and the card are in Spanish, and accessible', async ({
  profileDir,
  site,
}) => {
  const es = await messages('es');
  const [context, id] = await spanishBrowser(profileDir);
  try {
    const popup = await PopupPage.open(context, id);
    await expect(popup.save).toHaveText(es['log.save'] as string);
    await expect(popup.page.locator('html')).toHaveAttribute('lang', /^es/);
    expect(await axe(popup.page)).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#practice`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText(
      es['options.title'] as string,
    );
    await expect(options).toHaveTitle(es['options.title'] as string);
    await options.getByTestId('practice-text').waitFor();
    expect(await axe(options)).toEqual([]);

    const page = await context.newPage();
    await page.goto(`${site}/results.html`);
    const overlay = new OverlayPage(page);
    await expect(overlay.button('nudge-used')).toHaveText(es['nudge.used'] as string);
    await expect(overlay.card).toHaveAttribute('lang', /^es/);
  } finally {
    await context.close();
  }
});

test("packs in the browser's language are listed first, each with its language", async ({
  context,
  extensionId,
  profileDir,
}) => {
  const spanishPack = {
    ...trainerPack(),
    id: 'org.example.traspaso',
    name: 'Traspaso de turno',
    locale: 'es-ES',
  };
  const firstIn = async (c: BrowserContext, id: string) => {
    const packs = await PacksPage.open(await c.newPage(), id);
    await packs.installFile('traspaso.json', JSON.stringify(spanishPack));
    await expect(packs.pack(spanishPack.id)).toBeVisible();
    const first = packs.page.getByTestId('pack').first();
    return { id: await first.getAttribute('data-pack-id'), page: packs.page };
  };

  // English browser: the built-in English packs come first.
  const english = await firstIn(context, extensionId);
  expect(english.id).not.toBe(spanishPack.id);

  // Spanish browser (a separate profile): each built-in pack is listed once, by its Spanish
  // edition, named as Spanish, and the trainer's Spanish pack with them.
  const spanishDir = `${profileDir}-es`;
  const [spanish, id] = await spanishBrowser(spanishDir);
  try {
    const inSpanish = await firstIn(spanish, id);
    const listed = inSpanish.page.getByTestId('pack');
    await expect(listed.first().getByTestId('pack-language')).toContainText(/español/i);
    const languages = await listed.getByTestId('pack-language').allTextContents();
    expect(languages.filter((l) => !/español/i.test(l))).toEqual([]);
    const editions = await listed.evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-edition') ?? r.getAttribute('data-pack-id') ?? ''),
    );
    expect(editions).toContain(spanishPack.id);
    expect(editions.filter((p) => p.startsWith('org.attune.') && !p.endsWith('.es'))).toEqual([]);
  } finally {
    await spanish.close();
    rmSync(spanishDir, { recursive: true, force: true });
  }
});

test('in a Spanish browser the card on the results page shows a Spanish script, and in an English one an English script', async ({
  context,
  profileDir,
  site,
}) => {
  const spanish = resultScripts(builtins('prompts/es'));
  const english = resultScripts(builtins('prompts'));

  // English browser (the default profile): an English built-in script.
  const inEnglish = await OverlayPage.open(context, `${site}/results.html`);
  await expect(inEnglish.text).toBeVisible();
  const englishText = (await inEnglish.text.textContent()) ?? '';
  expect(english.has(englishText), englishText).toBe(true);

  // Spanish browser (a separate profile): the Spanish edition of a built-in script, found on
  // an English record through the English keywords the Spanish packs also carry.
  const spanishDir = `${profileDir}-es-card`;
  const [browser] = await spanishBrowser(spanishDir);
  try {
    const overlay = await OverlayPage.open(browser, `${site}/results.html`);
    await expect(overlay.text).toBeVisible();
    const text = (await overlay.text.textContent()) ?? '';
    expect(spanish.has(text), text).toBe(true);
    expect(english.has(text), text).toBe(false);
    const prompt = spanish.get(text);
    await expect(overlay.host.getByTestId('nudge-framework')).toHaveText(
      prompt?.framework as string,
    );
  } finally {
    await browser.close();
    rmSync(spanishDir, { recursive: true, force: true });
  }
});
