// The nudge card as a clinician meets it (issues 12–14): a trainer's sequence stepped through,
// fill-in parts set apart and copied with their brackets, the pack and its checklist named, "why
// this works" on request, the "Not now" choices behind one button, the × for this page, the pill
// in dark mode, and the focus handed back to the field the clinician was typing in.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../components/overlay-host';
import { expect, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { PacksPage } from './pages/packs';

/** The test id of the element with the focus, inside the card's shadow root if it is there. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-testid') ?? el?.tagName;
  });

/** A trainer's pack: a three-step sequence on plain.html ("nursing handover"), its own checklist. */
const PACK = readFileSync('tests/fixtures/packs/card-sequence.json', 'utf8');

test("a trainer's sequence is stepped through on the card, with fill-in parts copied as written", async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(90_000); // a pack installed, then two axe runs on shared cores
  const options = await PacksPage.open(await context.newPage(), extensionId);
  await options.installFile('handover.json', PACK);
  await expect(options.pack('org.example.card-handover')).toBeVisible();
  await options.page.close();

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
  const overlay = await OverlayPage.open(context, `${site}/plain.html`);
  const { page, host } = overlay;
  await expect(host.getByTestId('nudge-step')).toHaveText('Step 1 of 3 · Ask, tell, check');
  await expect(host.getByTestId('nudge-fill')).toHaveText('[the plan]');
  await expect(host.getByTestId('nudge-from')).toHaveText('Attune · Ward handover talks');
  await expect(overlay.button('checklist-toggle')).toHaveText('Handover talk habits (0/3)');

  await overlay.button('nudge-next').click();
  await expect(host.getByTestId('nudge-step')).toHaveText('Step 2 of 3 · Ask, tell, check');
  await expect(overlay.card).toHaveAttribute('data-prompt', 'handover-tell');
  await expect(host.getByTestId('nudge-fill')).toHaveText('[the change]');
  await overlay.button('nudge-copy').click();
  await expect(overlay.card.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'The main change today is [the change]. I will stop there for a moment.',
  );
  await overlay.button('nudge-back').click();
  await expect(overlay.card).toHaveAttribute('data-prompt', 'handover-ask');

  // Why this works, with its source; axe on the card with every part open, light and dark.
  await overlay.button('nudge-why').click();
  await expect(host.getByTestId('nudge-why-text')).toContainText('Asking first shows');
  await expect(host.getByTestId('nudge-why-text')).toContainText('Source: Back AL');
  await overlay.button('checklist-toggle').click();
  await overlay.button('nudge-not-now').click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).include(OVERLAY_SELECTOR).analyze();
    expect(result.violations.map((v) => `${colorScheme}: ${v.id}: ${v.help}`)).toEqual([]);
  }

  // The clinician was typing a note; "Used it" by keyboard folds the card, and the typing goes on.
  const note = page.locator('#handover-note');
  await note.fill('Settled night');
  await overlay.button('nudge-next').click();
  await overlay.button('nudge-next').click();
  await expect(host.getByTestId('nudge-step')).toHaveText('Step 3 of 3 · Ask, tell, check');
  await note.focus();
  await overlay.button('nudge-used').focus();
  await page.keyboard.press('Enter');
  await expect(overlay.pill).toBeVisible();
  await page.keyboard.type(', ate well.');
  await expect(note).toHaveValue('Settled night, ate well.');
});

test('"Not now" offers its choices and Esc closes them first; the × closes the card for this page; the pill follows dark mode', async ({
  context,
  site,
}) => {
  const overlay = await OverlayPage.open(context, `${site}/discharge.html`);
  const { page, host } = overlay;
  await overlay.button('nudge-not-now').click();
  await expect(overlay.button('nudge-not-now')).toHaveAttribute('aria-expanded', 'true');
  await expect(host.getByTestId('nudge-not-now-menu').getByRole('button')).toHaveText([
    'Hide on this page',
    'Pause all nudges for an hour',
    'Pause all nudges for today',
    'Not for this moment',
  ]);
  await overlay.button('nudge-snooze').focus();
  await page.keyboard.press('Escape');
  await expect(host.getByTestId('nudge-not-now-menu')).toHaveCount(0);
  await expect(overlay.card).toBeVisible();
  await expect.poll(() => focusedTestId(page)).toBe('nudge-not-now');

  // Folded: the pill, in the page's colour scheme.
  await overlay.button('nudge-collapse').click();
  const colours = () =>
    overlay.pill.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color];
    });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(11, 92, 173)']);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours()).toEqual(['rgb(27, 35, 45)', 'rgb(125, 184, 245)']);

  await overlay.pill.click();
  await overlay.button('nudge-close').click();
  await expect(page.locator(OVERLAY_SELECTOR)).toHaveCount(0);
});
