import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { OverlayPage } from './pages/overlay';
import { PopupPage, tabIdOf } from './pages/popup';

const ITEMS = [
  'let-finish',
  'named-emotion',
  'open-question',
  'checked-understanding',
  'full-attention',
];

test('an entry logged in six keystrokes appears in history and in the trend', async ({
  context,
  site,
  extensionId,
}) => {
  const { page } = await OverlayPage.open(context, `${site}/results.html`);
  const popup = await PopupPage.open(
    context,
    extensionId,
    await tabIdOf(context, extensionId, page.url()),
  );
  // The kind comes from the nudge shown in this tab, and the first rating has focus.
  const tabId = await tabIdOf(context, extensionId, page.url());
  const moment = await popup.page.evaluate(
    async (key) =>
      ((await chrome.storage.session.get(key))[key] as { nudge?: { momentId: string } })?.nudge
        ?.momentId as string,
    `tab-${tabId}`,
  );
  expect(moment).toBeTruthy();
  await expect(popup.kind).toHaveValue(moment);
  const kindName = (await popup.kind.locator('option:checked').textContent()) ?? '';
  await expect(popup.page.getByTestId(`rating-${ITEMS[0]}`).locator('input').first()).toBeFocused();

  const interactions = ['4', '3', '5', '4', '2', 'Enter'];
  for (const key of interactions) await popup.page.keyboard.press(key);
  expect(interactions.length).toBeLessThanOrEqual(6);
  await expect(popup.status).toHaveText('Encounter saved.');

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.rows).toHaveCount(1);
  await expect(options.rows.first().getByTestId('history-kind')).toHaveText(kindName);
  // Items by their texts, as the pack words them (not their ids).
  await expect(options.rows.first().getByTestId('history-rating')).toHaveText([
    'I let the patient finish their opening statement: 4',
    'I named or acknowledged an emotion: 3',
    'I started with an open question: 5',
    "I checked understanding in the patient's own words: 4",
    'I gave my full attention, facing the patient rather than the screen: 2',
  ]);
  await options.show('trends');
  await expect(options.page.getByTestId('trends-total')).toContainText('1 encounter ');
  const point = options.page.getByTestId('trend-series-open-question').getByTestId('trend-point');
  await expect(point).toHaveAttribute('data-value', '5.00');
  await expect(options.page.getByTestId('trend-kinds')).toContainText(`${kindName} 1`);
});

test('closing the popup mid-entry and reopening restores every field', async ({
  context,
  extensionId,
}) => {
  let popup = await PopupPage.open(context, extensionId);
  await popup.kind.selectOption('discharge');
  await popup.rating('let-finish', 2).check();
  await popup.rating('full-attention', 5).check();
  await popup.page.getByText(/Active listening/).click();
  await popup.page.getByTestId('checklist-item').nth(1).check();
  await popup.note.fill('Slowed down when the family arrived.');
  // The draft is written on every change; wait for the last write before closing.
  await expect
    .poll(() =>
      popup.page.evaluate(
        async () => ((await chrome.storage.local.get('draft')).draft as { note?: string })?.note,
      ),
    )
    .toBe('Slowed down when the family arrived.');
  await popup.page.close();

  popup = await PopupPage.open(context, extensionId);
  await expect(popup.kind).toHaveValue('discharge');
  await expect(popup.rating('let-finish', 2)).toBeChecked();
  await expect(popup.rating('full-attention', 5)).toBeChecked();
  await expect(popup.rating('named-emotion', 3)).not.toBeChecked();
  await expect(popup.page.getByTestId('checklist-item').nth(1)).toBeChecked();
  await expect(popup.page.getByTestId('checklist-item').nth(0)).not.toBeChecked();
  await expect(popup.note).toHaveValue('Slowed down when the family arrived.');

  await popup.page.getByTestId('discard-draft').click();
  await expect(popup.note).toHaveValue('');
  await popup.page.close();
  popup = await PopupPage.open(context, extensionId);
  await expect(popup.note).toHaveValue('');
  await expect(popup.rating('let-finish', 2)).not.toBeChecked();
});

test('the identifier warning flags a phone number and a date of birth, and offers to remove them', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.rating('let-finish', 4).check();
  await popup.note.fill('Daughter asked me to ring 07700 900123; DOB 03/04/1956. I rushed.');
  await popup.save.click();
  const warning = popup.page.getByTestId('note-warning');
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId('note-identifier')).toHaveText([
    '07700 900123',
    'DOB 03/04/1956',
  ]);
  await expect(popup.status).toHaveText('');
  expect(await new AxeBuilder({ page: popup.page }).analyze().then((r) => r.violations)).toEqual(
    [],
  );

  await popup.page.getByTestId('note-remove').click();
  await expect(warning).toHaveCount(0);
  await expect(popup.note).toHaveValue('Daughter asked me to ring. I rushed.');
  await popup.save.click();
  await expect(popup.status).toHaveText('Encounter saved.');
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.rows.first().getByTestId('history-note')).toHaveText(
    'Daughter asked me to ring. I rushed.',
  );
});

test('the user may still save a flagged note', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.note.fill('Mrs Example said thanks');
  await popup.save.click();
  await popup.page.getByTestId('note-save-anyway').click();
  await expect(popup.status).toHaveText('Encounter saved.');
});

test('a save IndexedDB refuses as over quota is said, keeps the entry and its draft, and goes through on retry', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.rating('let-finish', 4).check();
  await popup.note.fill('Sat down before giving the results.');
  // The journal's write is refused as over quota (see PopupPage.refuseNewRows).
  await popup.refuseNewRows();
  await popup.save.click();
  await expect(popup.status).toHaveText(/^The journal is full \(browser storage quota\)/);
  await expect(popup.note).toHaveValue('Sat down before giving the results.');
  await expect(popup.rating('let-finish', 4)).toBeChecked();
  await expect(popup.save).toHaveAttribute('aria-disabled', 'false');
  expect(
    await popup.page.evaluate(
      async () => ((await chrome.storage.local.get('draft')).draft as { note?: string })?.note,
    ),
  ).toBe('Sat down before giving the results.');

  await popup.acceptNewRows();
  await popup.save.click();
  await expect(popup.status).toHaveText('Encounter saved.');
  await expect(popup.note).toHaveValue('');
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.rows).toHaveCount(1);
  await expect(options.rows.first().getByTestId('history-note')).toHaveText(
    'Sat down before giving the results.',
  );
});

// The popup's and options page's axe checks, light and dark, are in a11y.spec.ts.

test('the popup paints from its cached form, then follows a pack change', async ({
  context,
  extensionId,
}) => {
  let popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.getByTestId(`rating-${ITEMS[0]}`)).toBeVisible();
  await popup.page.close();

  // Turning off the pack that brings the self-rating items removes them from the next popup.
  const options = await OptionsPage.open(context, extensionId, 'packs');
  await options.page
    .getByTestId('pack')
    .filter({ hasText: 'Core empathy' })
    .getByTestId('pack-enabled')
    .uncheck();
  popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.getByTestId(`rating-${ITEMS[0]}`)).toHaveCount(0);
  await popup.note.fill('Only a note this time.');
  await popup.save.click();
  await expect(popup.status).toHaveText('Encounter saved.');
});
