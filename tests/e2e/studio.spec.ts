import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { generateKeyPair, verifyPack } from '../../prompts/signing';
import { trainerPack } from '../unit/storage/pack-fixture';
import { expect, launchWithExtension, test } from './fixtures';
import { extensionReady } from './launch';
import { OverlayPage } from './pages/overlay';
import { PacksPage } from './pages/packs';

const SHOTS = '/tmp/studio-shots';
const ID = 'org.example.relatives-huddle';

/** The studio page, opened directly (the first test opens it from Options › Prompt packs). */
async function openStudio(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/studio.html`);
  await page.getByTestId('studio-starter').waitFor();
  return page;
}

/** The form field showing the value at a JSON Pointer. */
const field = (page: Page, pointer: string): Locator => page.locator(`[data-pointer="${pointer}"]`);

/** The problems shown right under the field at a JSON Pointer. */
const problemsBeside = (page: Page, pointer: string): Locator =>
  page.locator(
    `#f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}-problems [data-testid="studio-problem"]`,
  );

/** The card inside a preview's shadow root (Playwright's locators pierce open roots). */
const preview = (page: Page, scheme: 'light' | 'dark') =>
  page.locator(`[data-testid="studio-preview"][data-scheme="${scheme}"]`);

async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Fills a prompt's fields (index in the pack's prompts) and shows it at the huddle moment only. */
async function writePrompt(
  page: Page,
  i: number,
  p: { title: string; id: string; text: string; framework: string; source: string },
) {
  for (const [key, value] of Object.entries(p))
    await field(page, `/prompts/${i}/${key}`).fill(value);
  const entry = page.getByTestId('studio-prompt').nth(i);
  await entry.getByRole('checkbox', { name: 'Results review' }).uncheck();
  await entry.getByRole('checkbox', { name: 'Relatives huddle' }).check();
}

test('a trainer writes a pack in the studio, fixes three mistakes shown live, previews it and installs it', async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(120_000); // a long form on two shared cores
  // Opened as a trainer opens it: from Options › Prompt packs, in a new tab.
  const options = await PacksPage.open(await context.newPage(), extensionId);
  const link = options.page.getByTestId('open-studio');
  await expect(link).toHaveAttribute('href', '/studio.html');
  const [page] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await page.getByTestId('studio-starter').click();
  await expect(page.getByTestId('studio-status')).toContainText('from the starter');
  await field(page, '/name').fill('Relatives huddles');
  await field(page, '/id').fill(ID);

  // A moment whose keyword is the fixture page's heading, which no built-in keyword matches.
  await page.getByTestId('studio-add-moment').click();
  await expect(field(page, '/moments/1/name')).toBeFocused();
  await page.keyboard.type('Relatives huddle');
  await field(page, '/moments/1/id').fill('relatives-huddle');
  const moment = page.getByTestId('studio-moment').nth(1);
  await moment
    .getByTestId('studio-keywords')
    .getByRole('button', { name: 'Add a keyword' })
    .click();
  await page.keyboard.type('relatives huddle');

  // Three prompts and a checklist, with three deliberate mistakes.
  for (let n = 0; n < 3; n++) await page.getByTestId('studio-add-prompt').click();
  await writePrompt(page, 2, {
    title: 'Name the emotion',
    id: 'Name Emotion', // mistake 1: an id must be lower-case words joined by hyphens
    text: 'It sounds as if this week has been frightening for all of you.',
    framework: 'NURSE',
    source: 'Back AL et al., Mastering Communication with Seriously Ill Patients, 2009',
  });
  await writePrompt(page, 3, {
    title: 'Ask what they noticed',
    id: 'ask-noticed',
    text: 'Before we start, what have you noticed about your mum this week?',
    framework: 'Ask-Tell-Ask',
    source: 'Back AL et al., Approaching difficult communication tasks in oncology, 2005',
  });
  const long = Array.from({ length: 14 }, () => 'What matters most to your family right now?').join(
    ' ',
  );
  await writePrompt(page, 4, {
    title: 'What matters most',
    id: 'what-matters',
    text: long, // mistake 2: 112 words, far more than 40 seconds of speech
    framework: 'Serious Illness Conversation Guide',
    source: 'Ariadne Labs, Serious Illness Conversation Guide, 2023',
  });
  await expect(
    page.getByTestId('studio-prompt').nth(4).getByTestId('studio-too-long'),
  ).toBeVisible();
  await page.getByTestId('studio-add-checklist').click();
  await writePrompt(page, 5, {
    title: 'Huddle checklist',
    id: 'huddle-checklist',
    text: 'Tick what you did.',
    framework: 'VALUE',
    source: 'Curtis JR et al., Missed opportunities during family conferences, 2005',
  });
  await field(page, '/prompts/5/items/0/text').fill('Asked what they have noticed');
  await field(page, '/prompts/5/items/0/id').fill('asked');
  await page.getByTestId('studio-prompt').nth(5).getByTestId('studio-add-item').click();
  await page.keyboard.type('Left a silence after hard news');
  await field(page, '/prompts/5/items/1/id').fill('s'); // mistake 3 below is the seconds
  await field(page, '/prompts/5/items/1/id').fill('silence');
  await field(page, '/prompts/3/seconds').fill('55'); // mistake 3: a script is at most 40 s

  // Each mistake is shown beside its field, named by what the trainer sees.
  await expect(problemsBeside(page, '/prompts/2/id')).toContainText(
    'Prompt “Name the emotion”: id must be lower-case letters and digits joined by hyphens',
  );
  await expect(problemsBeside(page, '/prompts/4/text')).toContainText(
    'Prompt “What matters most”: text is 112 words',
  );
  await expect(problemsBeside(page, '/prompts/3/seconds')).toContainText(
    'Prompt “Ask what they noticed”: seconds is 55; a script takes at most 40 seconds',
  );
  await expect(page.getByTestId('studio-install')).toBeDisabled();

  // Fixed, one by one: the problem beside each field goes.
  await field(page, '/prompts/2/id').fill('name-emotion');
  await expect(problemsBeside(page, '/prompts/2/id')).toHaveCount(0);
  await field(page, '/prompts/4/text').fill('What matters most to your family right now?');
  await expect(problemsBeside(page, '/prompts/4/text')).toHaveCount(0);
  await field(page, '/prompts/3/seconds').fill('');
  await page.getByTestId('studio-prompt').nth(3).getByTestId('studio-use-estimate').click();
  await expect(field(page, '/prompts/3/seconds')).toHaveValue('5');
  await expect(page.getByTestId('studio-summary')).toContainText('No problems');
  await expect(page.getByTestId('studio-problem')).toHaveCount(0);

  // The preview is the overlay's card with its checklist, and its pill, light and dark.
  await page.getByTestId('studio-preview-prompt').selectOption({ label: 'Name the emotion' });
  for (const scheme of ['light', 'dark'] as const) {
    const card = preview(page, scheme);
    await expect(card.getByTestId('nudge-text')).toHaveText(
      'It sounds as if this week has been frightening for all of you.',
    );
    await expect(card.getByTestId('checklist-item')).toHaveCount(2);
    await expect(card.getByTestId('pill-checklist')).toHaveText('✓ 0/2');
  }
  const bg = (scheme: 'light' | 'dark') =>
    preview(page, scheme)
      .getByTestId('nudge')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg('light')).toBe('rgb(255, 255, 255)');
  expect(await bg('dark')).not.toBe('rgb(255, 255, 255)');

  // A new pack keeps its version; installed, the options page lists it.
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.0.0');
  await page.getByTestId('studio-install').click();
  await expect(page.getByTestId('studio-status')).toHaveText(
    'Relatives huddles 1.0.0 is installed on this browser.',
  );
  await options.page.reload();
  await expect(options.pack(ID)).toHaveAttribute('data-version', '1.0.0');

  // And the huddle page, which no built-in moment knows, now shows the pack's prompt.
  const overlay = await OverlayPage.open(context, `${site}/relatives-huddle.html`);
  await expect(overlay.card).toHaveAttribute('data-moment', 'relatives-huddle');
});

test('a broken pack file shows its line and column and is repaired; an installed pack opens and is raised once', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000); // a long form on two shared cores
  const page = await openStudio(await context.newPage(), extensionId);
  const broken = JSON.stringify(trainerPack('1.0.0'), null, 2)
    .replace('"name": "Ward handover"', '“name”: “Ward handover”')
    .replace('"nursing handover"', '"nursing handover",');
  await page.getByTestId('studio-open-file').setInputFiles({
    name: 'ward.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByTestId('studio-json-error')).toHaveText(
    'Line 5, column 3: a curly quote (“) where JSON needs a straight one (").',
  );
  await page.getByTestId('studio-json-fix').click();
  await expect(page.getByTestId('studio-json-error')).toHaveCount(0);
  await expect(page.getByTestId('studio-status')).toHaveText('Quotes and commas fixed.');
  await page.getByTestId('studio-view-form').click();
  await expect(field(page, '/name')).toHaveValue('Ward handover');
  await page.getByTestId('studio-close').click();

  // An installed pack: installed from Options, opened in the studio, edited, installed again.
  const options = await PacksPage.open(await context.newPage(), extensionId);
  await options.installFile('ward.json', JSON.stringify(trainerPack('1.2.0')));
  await expect(options.pack('org.example.ward-handover')).toBeVisible();
  await page.reload();
  await page
    .locator('[data-testid="studio-open-installed"][data-pack-id="org.example.ward-handover"]')
    .click();
  await expect(field(page, '/name')).toHaveValue('Ward handover');
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.2.0');
  await field(page, '/prompts/0/title').fill('Name it gently');
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.2.0 → 1.2.1');
  await page.getByTestId('studio-add-prompt').click();
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.2.0 → 1.3.0');
  await expect(page.getByTestId('studio-version-why')).toContainText('prompts/prompt');
  await page.getByTestId('studio-prompt').nth(2).getByTestId('studio-remove').click();
  await page.getByTestId('studio-prompt').nth(1).getByTestId('studio-remove').click();
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.2.0 → 2.0.0');
  await page.getByTestId('studio-level').selectOption('minor');
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.2.0 → 1.3.0');
  await page.getByTestId('studio-install').click();
  await expect(page.getByTestId('studio-status')).toHaveText(
    'Ward handover is updated to 1.3.0 on this browser.',
  );
  // Raised once: the draft now stands at the installed version, with nothing new to release.
  await expect(page.getByTestId('studio-version')).toHaveText('Version 1.3.0');
  await options.page.reload();
  await expect(options.pack('org.example.ward-handover')).toHaveAttribute('data-version', '1.3.0');
});

test('export writes the pack file, signed with a key file that is never stored', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000); // a long form on two shared cores
  const page = await openStudio(await context.newPage(), extensionId);
  await page.getByTestId('studio-starter').click();
  const keys = await generateKeyPair();
  await page.getByTestId('studio-key-file').setInputFiles({
    name: 'trainer.key.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ alg: 'Ed25519', ...keys })),
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('studio-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe('org.example.ward-empathy-1.0.0.json');
  const text = await readDownload(download);
  const doc = JSON.parse(text);
  expect(Object.keys(doc).slice(0, 4)).toEqual(['format', 'id', 'version', 'name']);
  expect(text).toMatch(/^\{\n {2}"format": 1,\n/);
  expect(await verifyPack(doc)).toEqual({ status: 'valid', publicKey: keys.publicKey });
  await expect(page.getByTestId('studio-status')).toContainText('signed by key');
  // The draft is kept on this browser (and, once exported, stands at what was exported)…
  const drafts = async () => {
    const { 'studio-drafts': kept } = await page.evaluate(() => chrome.storage.local.get(null));
    return Object.values(kept ?? {}) as { base: { id?: string } | null }[];
  };
  await expect.poll(async () => (await drafts())[0]?.base?.id).toBe('org.example.ward-empathy');
  // …the key never is, nor any of it.
  const stored = JSON.stringify(await page.evaluate(() => chrome.storage.local.get(null)));
  expect(stored).not.toContain(keys.privateKey);
  expect(stored).not.toContain(keys.privateKey.slice(-24));
});

test('the studio has no accessibility violations, light and dark, and works from the keyboard', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000); // axe reads every field of a long form, twice
  const page = await openStudio(await context.newPage(), extensionId);
  // Keyboard only: the starter, then a new moment named, its problems announced beside it.
  await page.getByTestId('studio-starter').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('studio-add-moment').focus();
  await page.keyboard.press('Enter');
  await expect(field(page, '/moments/1/name')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(page, '/moments/1/id')).toBeFocused();
  expect(
    await field(page, '/moments/1/id').evaluate((el) => getComputedStyle(el).outlineWidth),
  ).toBe('3px');
  await expect(page.getByTestId('studio-problem').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  }
  await page.getByTestId('studio-view-json').click();
  await page.getByTestId('studio-json').fill('{"name": “x”}');
  await expect(page.getByTestId('studio-json-error')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('screenshots of the studio: light, dark and Spanish', async ({ context, extensionId }) => {
  test.setTimeout(150_000); // a second browser, in Spanish
  mkdirSync(SHOTS, { recursive: true });
  const shoot = async (page: Page, name: string) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.getByTestId('studio-starter').click();
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    await page.getByTestId('studio-add-moment').click();
    await page.screenshot({ path: path.join(SHOTS, `${name}-moment.png`) });
    await page.getByTestId('studio-preview').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`), fullPage: true });
  };
  const page = await openStudio(await context.newPage(), extensionId);
  await shoot(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await page.getByTestId('studio-starter').waitFor();
  await shoot(page, 'dark');

  const dir = mkdtempSync(path.join(tmpdir(), 'attune-es-'));
  const es = await launchWithExtension(dir, { lang: 'es' });
  try {
    const id = await extensionReady(es);
    const spanish = await es.newPage();
    await spanish.goto(`chrome-extension://${id}/studio.html`);
    await expect(spanish.getByTestId('studio-starter')).toHaveText(
      'Paquete nuevo a partir del modelo',
    );
    await shoot(spanish, 'spanish');
    await expect(spanish.locator('[data-path="/moments/1/name"]')).toHaveText(
      'Momento «moment»: nombre must be at least 1 character',
    );
  } finally {
    await es.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
