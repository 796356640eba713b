import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OverlayPage } from './pages/overlay';

const SCREEN = 'clinic-letter.html';
/** Where to write screenshots of the picker and the section (none when unset). */
const SHOTS = process.env.STUDIO_SHOTS;
const TITLE = 'Correspondence — Wilhelmina Quarrington-Vale';

/** The form field showing the value at a JSON Pointer. */
const field = (page: Page, pointer: string): Locator => page.locator(`[data-pointer="${pointer}"]`);

/** The problems shown right under the field at a JSON Pointer. */
const problemsBeside = (page: Page, pointer: string): Locator =>
  page.locator(
    `#f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}-problems [data-testid="studio-problem"]`,
  );

/** The studio with a new pack from the starter (`page`), and the screen to teach in another tab. */
async function studioBesideScreen(
  context: BrowserContext,
  extensionId: string,
  site: string,
  [path, title] = [SCREEN, TITLE],
) {
  const screen = await context.newPage();
  const page = await context.newPage();
  await screen.goto(`${site}/${path}`);
  await page.goto(`chrome-extension://${extensionId}/studio.html`);
  await page.getByTestId('studio-starter').click();
  const tab = page.getByTestId('studio-teach-tab');
  await tab.selectOption({ label: `${title} (${new URL(site).host})` });
  return { page, screen, teach: page.getByTestId('studio-teach') };
}

/** Waits for the picker to be open in the screen (its host is on the page). */
const pickerOpen = (screen: Page) => expect(screen.locator('[data-attune-picker]')).toHaveCount(1);

test('a trainer teaches a screen with the picker, fixes three mistakes shown live, previews and installs the pack, and the screen shows its prompt', async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(60_000); // a form on two shared cores
  const { page, screen, teach } = await studioBesideScreen(context, extensionId, site);
  await field(page, '/name').fill('Clinic letters');
  await field(page, '/id').fill('org.example.clinic-letters');
  // The starter's moment becomes the screen's; mistake 1: an id in capitals.
  await field(page, '/moments/0/name').fill('Clinic letter');
  await field(page, '/moments/0/id').fill('Clinic Letter');
  await expect(problemsBeside(page, '/moments/0/id')).toContainText(
    'Moment “Clinic letter”: id must be lower-case letters and digits joined by hyphens',
  );
  await field(page, '/moments/0/id').fill('clinic-letter');
  await expect(problemsBeside(page, '/moments/0/id')).toHaveCount(0);

  // The picker: in the screen's tab, the tab label "Clinic letter" is pointed at and clicked.
  await teach.getByTestId('studio-teach-pick').click();
  await pickerOpen(screen);
  // The click moves the mouse there first: the element is highlighted, then picked.
  await screen.getByRole('tab', { name: 'Clinic letter' }).click();
  await expect(screen.locator('[data-attune-picker]')).toHaveCount(0);
  await expect(teach.getByTestId('studio-pick-selector')).toHaveValue(
    '[data-view="clinic-letter"][aria-selected="true"]',
  );
  await expect(teach.getByTestId('studio-pick-words')).toHaveText('Its words: “Clinic letter”');
  await expect(teach.getByTestId('studio-pick-check')).toHaveText('Matches exactly this element.');
  // A tab strip is on every screen it switches between: the selector holds the tab's selection.
  await expect(teach.getByTestId('studio-pick-state')).toHaveText(
    'It matches only while this tab is the selected one.',
  );
  await teach.getByTestId('studio-pick-add-selector').click();
  await expect(field(page, '/moments/0/triggers/selectors/1')).toHaveValue(
    '[data-view="clinic-letter"][aria-selected="true"]',
  );
  // Its words as a keyword: a tab's label is no heading, so the moment now looks in tabs too.
  await teach.getByTestId('studio-pick-add-keyword').click();
  await expect(teach.getByTestId('studio-teach-status')).toHaveText(
    "Added to Clinic letter, whose keywords now also look in the selected tab's label. Test again to see it match.",
  );
  await expect(field(page, '/moments/0/triggers/keywords/2')).toHaveValue('Clinic letter');
  const places = page.getByTestId('studio-keywords-in');
  await expect(places.getByRole('checkbox', { name: "the selected tab's label" })).toBeChecked();
  await expect(
    places.getByRole('checkbox', { name: 'the current navigation item' }),
  ).not.toBeChecked();

  // Tested on the tab through the watcher's matcher: the moment matches, by the picked selector.
  await teach.getByTestId('studio-teach-test').click();
  const moment = teach.getByTestId('studio-teach-moment');
  await expect(moment).toHaveAttribute('data-matched', 'true');
  await expect(
    moment.locator('[data-testid="studio-teach-trigger"][data-matched="true"]'),
  ).toHaveText([
    '✓ Keywords Clinic letter: matched',
    '✓ Selectors [data-view="clinic-letter"][aria-selected="true"]: matched',
  ]);
  await expect(moment).toContainText('Keywords results: no match');

  // Three prompts and a checklist: the starter's script and checklist, and two more scripts.
  await field(page, '/prompts/1/title').fill('Letter checklist');
  for (let n = 0; n < 2; n++) await page.getByTestId('studio-add-prompt').click();
  const prompts = [
    ['Explain the letter', 'Letter Ask', 'Shall I go through what the letter to your doctor says?'],
    ['Check what matters', 'what-matters', 'Is there anything you would like the letter to say?'],
  ] as const;
  for (const [i, [title, id, text]] of prompts.entries()) {
    const at = `/prompts/${i + 2}`;
    await field(page, `${at}/title`).fill(title);
    await field(page, `${at}/id`).fill(id); // mistake 2: "Letter Ask" is no id
    await field(page, `${at}/text`).fill(text);
    await field(page, `${at}/framework`).fill('Ask-Tell-Ask');
    await field(page, `${at}/source`).fill('Back AL et al., CA Cancer J Clin 2005');
  }
  await field(page, '/prompts/3/seconds').fill('55'); // mistake 3: a script is at most 40 s
  await expect(problemsBeside(page, '/prompts/2/id')).toContainText(
    'Prompt “Explain the letter”: id must be lower-case letters and digits joined by hyphens',
  );
  await expect(problemsBeside(page, '/prompts/3/seconds')).toContainText(
    'Prompt “Check what matters”: seconds is 55; a script takes at most 40 seconds',
  );
  await expect(page.getByTestId('studio-install')).toBeDisabled();
  await field(page, '/prompts/2/id').fill('explain-letter');
  await field(page, '/prompts/3/seconds').fill('6');
  await expect(page.getByTestId('studio-problem')).toHaveCount(0);

  // The preview is the card, with the pack's checklist.
  await page.getByTestId('studio-preview-prompt').selectOption({ label: 'Explain the letter' });
  const card = page.locator('[data-testid="studio-preview"][data-scheme="light"]');
  await expect(card.getByTestId('nudge-text')).toHaveText(prompts[0][2]);
  await expect(card.getByTestId('checklist-toggle')).toContainText('Letter checklist');

  await page.getByTestId('studio-install').click();
  await expect(page.getByTestId('studio-status')).toHaveText(
    'Clinic letters 1.0.0 is installed on this browser.',
  );
  // The screen, which no built-in keyword matches, now shows one of the pack's prompts once it is
  // loaded again (its watcher asks for the site's triggers as it starts).
  await screen.reload();
  const overlay = new OverlayPage(screen);
  await expect(overlay.card).toHaveAttribute('data-moment', 'clinic-letter');
  await expect(overlay.card).toHaveAttribute(
    'data-prompt',
    /^(ask-first|explain-letter|what-matters)$/,
  );
  await expect(overlay.button('checklist-toggle')).toContainText('Letter checklist');
});

test('teaching works from the keyboard: the picker steps through labels, a selector can be typed; axe passes light and dark', async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(60_000); // axe reads a long form, twice
  const { page, screen, teach } = await studioBesideScreen(context, extensionId, site);
  await teach.getByTestId('studio-teach-pick').focus();
  await page.keyboard.press('Enter');
  await pickerOpen(screen);
  if (SHOTS) await screen.screenshot({ path: `${SHOTS}-teach-picker-page.png` });
  // In the tab: Tab steps through the screen's labels (the heading, then the tab), Enter picks.
  await screen.keyboard.press('Tab');
  await screen.keyboard.press('Tab');
  if (SHOTS) await screen.screenshot({ path: `${SHOTS}-teach-picker-step.png` });
  await screen.keyboard.press('Enter');
  await expect(teach.getByTestId('studio-pick-words')).toHaveText('Its words: “Clinic letter”');

  // A typed selector, checked on the tab.
  const selector = teach.getByTestId('studio-pick-selector');
  await selector.focus();
  await selector.fill('[role="tab"]');
  await page.keyboard.press('Tab');
  await expect(teach.getByTestId('studio-pick-check-button')).toBeFocused();
  await page.keyboard.press('Enter');
  // Typed or picked, a tab's selector holds the tab's selection: only the selected one counts.
  await expect(teach.getByTestId('studio-pick-check')).toHaveText(
    'Matches one element on this tab.',
  );
  await expect(selector).toHaveValue('[role="tab"][aria-selected="true"]');
  await expect(teach.getByTestId('studio-pick-state')).toHaveText(
    'It matches only while this tab is the selected one.',
  );
  await teach.getByTestId('studio-teach-test').focus();
  await page.keyboard.press('Enter');
  await expect(teach.getByTestId('studio-teach-moment')).toHaveAttribute('data-matched', 'false');

  // Esc in the tab cancels a pick.
  await teach.getByTestId('studio-teach-pick').click();
  await pickerOpen(screen);
  await screen.keyboard.press('Escape');
  await expect(teach.getByTestId('studio-teach-status')).toHaveText('Nothing was picked.');

  // In the moment's form, by keyboard: its keywords may also look in the current navigation item.
  const current = page
    .getByTestId('studio-keywords-in')
    .getByRole('checkbox', { name: 'the current navigation item' });
  await current.focus();
  await page.keyboard.press('Space');
  await expect(current).toBeChecked();

  await page.setViewportSize({ width: 1280, height: 1000 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await teach.scrollIntoViewIfNeeded();
    if (SHOTS) await teach.screenshot({ path: `${SHOTS}-teach-${colorScheme}.png` });
    // Violations only: axe then skips detailing every passing node, much of its time on this form.
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="studio-teach"]')
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(
      violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  }
});

test('the tester and the picker reach into the screen’s frames, of this site and of another, as the watcher does', async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(60_000); // a form on two shared cores
  const { screen, teach } = await studioBesideScreen(context, extensionId, site, [
    'letters-framed.html',
    'Outpatient inbox — Dr T. Ashgrove-Lune',
  ]);
  const here = new URL(site).host;
  const other = here.replace('127.0.0.1', 'localhost'); // the letter frame's origin
  const letter = screen.frameLocator('#letter-frame');
  await expect(letter.getByRole('tab', { name: 'Clinic letter' })).toBeVisible();

  // Picked in the cross-origin frame: its selector is made, and checked, in that frame.
  await teach.getByTestId('studio-teach-pick').click();
  await expect(letter.locator('[data-attune-picker]')).toHaveCount(1);
  await letter.getByRole('tab', { name: 'Clinic letter' }).click();
  await expect(letter.locator('[data-attune-picker]')).toHaveCount(0);
  await expect(screen.locator('[data-attune-picker]')).toHaveCount(0);
  const selector = teach.getByTestId('studio-pick-selector');
  await expect(selector).toHaveValue('[data-view="clinic-letter"][aria-selected="true"]');
  await expect(teach.getByTestId('studio-pick-frame')).toHaveText(
    `It is inside a frame of the page, from ${other}: its selector is checked there.`,
  );
  await teach.getByTestId('studio-pick-check-button').click();
  await expect(teach.getByTestId('studio-pick-check')).toHaveText('Matches exactly this element.');
  await teach.getByTestId('studio-pick-add-selector').click();

  // Typed selectors: one in the same-origin frame, one only in a srcdoc frame (no watcher there).
  for (const typed of ['[data-list="letters-to-sign"]', '[data-part="srcdoc-help"]']) {
    await selector.fill(typed);
    await teach.getByTestId('studio-pick-check-button').click();
    await expect(teach.getByTestId('studio-pick-check')).toHaveText(
      typed.includes('srcdoc')
        ? 'Matches nothing on this tab.'
        : 'Matches one element on this tab.',
    );
    await teach.getByTestId('studio-pick-add-selector').click();
  }
  await expect(teach.getByTestId('studio-teach-status')).toContainText('Test again');

  await teach.getByTestId('studio-teach-test').click();
  const triggers = teach.getByTestId('studio-teach-trigger').filter({ hasText: 'Selectors' });
  await expect(triggers).toHaveText([
    '✗ Selectors [data-screen="results"]: no match', // the starter's
    `✓ Selectors [data-view="clinic-letter"][aria-selected="true"]: matched in a frame from ${other}`,
    `✓ Selectors [data-list="letters-to-sign"]: matched in a frame from ${here}`,
    '✗ Selectors [data-part="srcdoc-help"]: no match',
  ]);
});
