// The popup in the 600 px Chrome gives it: Save in view in every state, the kind a new entry
// starts with, the card's ticks carried in only on the user's yes, and Esc to close.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from '@playwright/test';
import { expect, serviceWorker, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { PopupPage, tabIdOf } from './pages/popup';

/** The largest popup Chrome shows is 800×600; Attune's is 368 px wide. */
const POPUP = { width: 368, height: 600 };

/** The ticks the background keeps for the tab showing `url` (storage/tab-record.ts). */
async function tabTicks(context: BrowserContext, url: string): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (address) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
    const key = `tab-${tab?.id}`;
    return ((await chrome.storage.session.get(key))[key] as { ticked?: string[] })?.ticked ?? [];
  }, url);
}

/** The popup's page is no taller than the popup, and all of Save is in view. */
async function fits(popup: PopupPage): Promise<void> {
  const height = await popup.page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(POPUP.height);
  await expect(popup.save).toBeInViewport({ ratio: 1 });
}

test("with the checklist open the popup fits in 600 px with Save in view, and asks before taking the card's ticks", async ({
  context,
  site,
  extensionId,
}) => {
  const overlay = await OverlayPage.open(context, `${site}/results.html`);
  const moment = await overlay.moment();
  await overlay.button('checklist-toggle').click();
  await overlay.checklistItems.nth(0).check();
  await overlay.checklistItems.nth(1).check();
  await expect.poll(() => tabTicks(context, overlay.page.url())).toHaveLength(2);

  const tabId = await tabIdOf(context, extensionId, overlay.page.url());
  const popup = await PopupPage.open(context, extensionId, tabId, POPUP);
  // The kind is the moment of the card shown on this tab.
  await expect(popup.kind).toHaveValue(moment ?? '');
  await expect(popup.tickOffer).toContainText(
    'Include the 2 checklist items you ticked on this page?',
  );
  await popup.page.locator('details > summary').click();
  await expect(popup.checklistItems.first()).toBeVisible();
  // Not carried in without the user's yes.
  const ticked = popup.page.locator('[data-testid="checklist-item"]:checked');
  await expect(ticked).toHaveCount(0);
  await fits(popup);
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: popup.page }).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}: ${v.help}`)).toEqual([]);
  }

  await popup.tickOffer.getByRole('button', { name: 'Yes, include' }).click();
  await expect(ticked).toHaveCount(2);
  await expect(popup.tickOffer).toHaveCount(0);
  await fits(popup);

  // The identifier warning too keeps Save in view.
  await popup.note.fill('Explained the result to the patient, MRN 52930417, and his son.');
  await popup.save.click();
  await expect(popup.page.getByTestId('note-warning')).toBeVisible();
  await fits(popup);
});

test('a new entry starts as the last one saved, not as Serious news, and Esc closes the popup', async ({
  context,
  extensionId,
}) => {
  let popup = await PopupPage.open(context, extensionId, undefined, POPUP);
  // No card was shown and nothing was saved yet: Other, not the first moment of a pack.
  await expect(popup.kind).toHaveValue('other');
  await popup.kind.selectOption('discharge');
  await popup.rating('let-finish', 4).check();
  await popup.save.click();
  await expect(popup.status).toHaveText('Encounter saved.');
  await popup.page.close();

  popup = await PopupPage.open(context, extensionId, undefined, POPUP);
  await expect(popup.kind).toHaveValue('discharge');
  const closed = popup.page.waitForEvent('close');
  // The page closes on the key's press, before Playwright's own key-up reaches it.
  await popup.page.keyboard.press('Escape').catch(() => undefined);
  await closed;
  expect(popup.page.isClosed()).toBe(true);
});
