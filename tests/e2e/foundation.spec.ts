import type { BrowserContext } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../components/overlay-host';
import { contentScriptWorlds, expect, launchWithExtension, serviceWorker, test } from './fixtures';
import { extensionReady } from './launch';
import { OverlayPage } from './pages/overlay';
import { PopupPage, tabIdOf } from './pages/popup';

test('the watcher runs on an enabled origin and a nudge appears on the results page', async ({
  context,
  site,
  extensionId,
}) => {
  void extensionId; // the service worker is up before the page loads
  const overlay = await OverlayPage.open(context, `${site}/results.html`);
  const { page } = overlay;
  await expect(overlay.text).not.toBeEmpty();
  expect(await contentScriptWorlds(context, page)).toContain('Attune');
});

/** The origins the browser will inject the watcher into now: what it registered, read back. */
async function registeredMatches(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );
}

test('a page of a non-enabled origin gets no watcher and no overlay', async ({
  context,
  otherSite,
  site,
  extensionId,
}) => {
  void extensionId;
  const enabled = await context.newPage();
  await enabled.goto(`${site}/results.html`);
  await expect(new OverlayPage(enabled).card).toBeVisible();

  // The positive signal: the browser holds the watcher for the enabled origins only, so it has
  // nothing to inject into the other origin (rather than waiting and seeing nothing happen).
  expect(await registeredMatches(context)).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  const page = await context.newPage();
  await page.goto(`${otherSite}/results.html`);
  await page.waitForLoadState('load');
  expect(await contentScriptWorlds(context, page)).not.toContain('Attune');
  await expect(page.locator(OVERLAY_SELECTOR)).toHaveCount(0);
});

test('the watcher is registered for exactly the enabled sites', async ({ context }) => {
  const worker = await serviceWorker(context);
  await expect
    .poll(() =>
      worker.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches),
      ),
    )
    .toEqual([['http://127.0.0.1/*', 'http://localhost/*']]);
});

test('an encounter saved from the popup is in the options page after a browser restart', async ({
  profileDir,
  site,
}) => {
  let context = await launchWithExtension(profileDir);
  const extensionId = await extensionReady(context);
  const overlay = await OverlayPage.open(context, `${site}/results.html`);
  const { page } = overlay;
  await overlay.button('checklist-toggle').click();
  await overlay.checklistItems.first().check();

  const popup = await PopupPage.open(
    context,
    extensionId,
    await tabIdOf(context, extensionId, page.url()),
  );
  await popup.kind.selectOption('results');
  // The card's tick is carried into the entry on the user's yes (issue 14).
  await popup.page.getByTestId('tick-offer-yes').click();
  await popup.page.getByTestId('checklist').first().waitFor();
  await expect(popup.page.getByTestId('checklist-item').first()).toBeChecked();
  const firstItem = popup.page.locator('fieldset[data-testid^="rating-"]').first();
  await firstItem.locator('input[value="4"]').check();
  await popup.note.fill('Sat down first; felt rushed at the end.');
  await popup.save.click();
  await expect(popup.status).toHaveText('Encounter saved.');
  await context.close();

  context = await launchWithExtension(profileDir);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = options.getByTestId('history-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sat down first; felt rushed at the end.');
  await expect(rows.first().getByTestId('history-kind')).toHaveText(/result/i);
  await context.close();
});

test('removing a site in the options page stops the watcher there', async ({
  context,
  site,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#sites`);
  await options.getByRole('button', { name: 'Remove http://127.0.0.1' }).click();
  await expect(options.getByTestId('options-status')).toHaveText(
    'Attune is off for http://127.0.0.1.',
  );

  // The positive signal: the browser no longer holds the watcher for the removed origin.
  await expect.poll(() => registeredMatches(context)).toEqual(['http://localhost/*']);
  const page = await context.newPage();
  await page.goto(`${site}/results.html`);
  await page.waitForLoadState('load');
  expect(await contentScriptWorlds(context, page)).not.toContain('Attune');
  await expect(page.locator(OVERLAY_SELECTOR)).toHaveCount(0);
});
