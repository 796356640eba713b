// The studio's format additions (sequences, why, fill-in parts) and its Publish step.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = process.env.STUDIO_SHOTS;

/** The studio with a new pack from the starter. */
async function openStarter(page: Page, extensionId: string): Promise<Page> {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/studio.html`);
  await page.getByTestId('studio-starter').click();
  await page.getByTestId('studio-prompt').first().waitFor();
  return page;
}

const field = (page: Page, pointer: string): Locator => page.locator(`[data-pointer="${pointer}"]`);

/**
 * No axe violation in the part of the studio at `selector`, light and dark (studio.spec.ts checks
 * the whole page), then a screenshot of it in each when STUDIO_SHOTS names where.
 */
async function axeAndShoot(page: Page, selector: string, name: string) {
  // Unstuck, so the screenshot holds the whole part rather than the sticky column's window.
  if (SHOTS) await page.addStyleTag({ content: '.studio-side{position:static;max-height:none}' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
    expect(
      violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
    if (SHOTS)
      await page
        .locator(selector)
        .first()
        .screenshot({ path: `${SHOTS}-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a sequence, a why line and a fill-in part written in the form show in the JSON view', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000); // axe reads a long form twice on shared cores
  const page = await openStarter(await context.newPage(), extensionId);
  const text = field(page, '/prompts/0/text');
  await text.fill('About [the result]: what have you been told so far?');
  await expect(page.getByTestId('studio-fill-preview').locator('mark')).toHaveText('[the result]');
  await field(page, '/prompts/0/why').fill('Asking first shows what they know.');
  await expect(page.getByTestId('studio-why-count').first()).toHaveText('34 of 240 characters');

  // By keyboard: add a sequence, name it, and put its second step first.
  await page.getByTestId('studio-add-sequence').focus();
  await page.keyboard.press('Enter');
  await expect(field(page, '/sequences/0/title')).toBeFocused();
  await page.keyboard.type('Results talk');
  const sequence = page.getByTestId('studio-sequence');
  await expect(sequence.getByRole('heading')).toHaveText('Sequence “Results talk”');
  await sequence.getByRole('button', { name: 'Move Step 2 up' }).press('Enter');
  await expect(sequence.getByTestId('studio-step').first()).toHaveValue('results-checklist');
  await expect(page.getByTestId('studio-summary')).toContainText('No problems');
  await axeAndShoot(page, '[data-testid="studio-prompt"]', 'prompt');
  await axeAndShoot(page, 'section[aria-labelledby="studio-sequences-h"]', 'sequences');

  await page.getByTestId('studio-view-json').click();
  const json = JSON.parse(await page.getByTestId('studio-json').inputValue());
  expect(json.sequences).toEqual([
    { id: 'sequence', title: 'Results talk', prompts: ['results-checklist', 'ask-first'] },
  ]);
  expect(json.prompts[0]).toMatchObject({
    text: 'About [the result]: what have you been told so far?',
    why: 'Asking first shows what they know.',
  });
});

test("the Publish step writes the Chrome policy with the pack's address and sites", async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const page = await openStarter(await context.newPage(), extensionId);
  const publish = page.getByTestId('studio-publish');
  await publish.locator('summary').press('Enter');
  await expect(page.getByTestId('studio-publish-incomplete')).toBeVisible();
  // The site comes from the starter's URL pattern; the address is the trainer's to give.
  await expect(page.getByTestId('publish-site')).toHaveValue('https://ehr.example.org');
  await page.getByTestId('publish-packUrl').fill('http://training.example.org/ward.json');
  await expect(publish.getByTestId('studio-publish-problem')).toHaveText(
    "The pack's web address must start with https://; browsers do not fetch packs over plain http.",
  );
  await page.getByTestId('publish-packUrl').fill('https://training.example.org/ward.json');
  await page.getByTestId('publish-add-site').click();
  await page.keyboard.type('clinic.example.org');

  const chrome = JSON.parse(await page.getByTestId('studio-policy-chrome').inputValue());
  expect(chrome['3rdparty'].extensions[extensionId]).toEqual({
    packUrls: ['https://training.example.org/ward.json'],
    sites: ['https://ehr.example.org', 'https://clinic.example.org'],
  });
  const firefox = JSON.parse(await page.getByTestId('studio-policy-firefox').inputValue());
  expect(firefox.policies['3rdparty'].Extensions['attune@attune.example'].packUrls).toEqual([
    'https://training.example.org/ward.json',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('studio-download-chrome').click(),
  ]);
  expect(download.suggestedFilename()).toBe('attune.json');
  await expect(page.getByTestId('studio-status')).toHaveText('Downloaded attune.json.');
  await axeAndShoot(page, '[data-testid="studio-publish"]', 'publish');
});
