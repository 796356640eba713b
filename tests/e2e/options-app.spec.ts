// Options as an app (issue 14): sections addressed by the fragment and rendered when opened, the
// views follow the database (an import or a delete-all in another tab shows without a reload),
// the journal reads items by their texts, searches notes, edits time and checklist, and a delete
// can be undone exactly.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage, readEncounters, seedEncounters, syntheticEncounters } from './pages/options';
import { PopupPage } from './pages/popup';

/** Every stored week summary (what the trends read), by week. */
function weekRows(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('weeks').objectStore('weeks').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

test('options.html#trends opens Trends alone; the navigation, Back and Forward move between sections', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId, 'trends');
  const page = options.page;
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Trends');
  await expect(page.getByTestId('nav-trends')).toHaveAttribute('aria-current', 'page');
  // Rendered when opened: the journal's table is not in the page behind the trends.
  await expect(page.getByTestId('journal')).toHaveCount(0);
  await expect(page.getByTestId('history-filters')).toHaveCount(0);

  // By keyboard: the links are in the tab order, Enter opens one.
  await page.getByTestId('nav-sites').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/options\.html#sites$/);
  await expect(page.getByTestId('site-origin')).toBeVisible();
  await expect(page.getByTestId('nav-sites')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('nav-trends')).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('trend-chart')).toHaveCount(0);

  await page.goBack();
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('site-origin')).toBeVisible();

  // With no fragment the page opens on the journal; the fatigue settings have their own tab.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('journal')).toBeVisible();
  await expect(page.getByTestId('set-per-hour')).toHaveCount(0);
  await options.show('nudges');
  await expect(page.getByTestId('set-per-hour')).toBeVisible();
});

test('an import and a delete-all in one tab update Trends and the Journal open in others, without a reload', async ({
  context,
  extensionId,
}) => {
  const trends = await OptionsPage.open(context, extensionId, 'trends');
  await expect(trends.page.getByTestId('trends-total')).toHaveText(
    '0 encounters in the last 12 weeks.',
  );
  const data = await OptionsPage.open(context, extensionId, 'data');
  const rows = syntheticEncounters(9, Date.now(), 20);
  await seedEncounters(data.page, rows);
  const journal = await OptionsPage.open(context, extensionId);
  await expect(journal.rows).toHaveCount(9);
  const backup = await data.exportFile('export-json');

  await data.page.getByTestId('delete-all').click();
  await data.page.getByTestId('delete-all-confirm').click();
  await expect(data.status).toHaveText('All your data was deleted.');
  await expect(journal.page.getByTestId('history-empty')).toHaveText('No encounters logged yet.');

  await data.chooseImport(backup.name, backup.text);
  await data.page.getByTestId('import-confirm').click();
  await expect(data.status).toHaveText('Imported 9 encounters (9 new, 0 updated).');
  await expect(trends.page.getByTestId('trends-total')).toHaveText(
    '9 encounters in the last 12 weeks.',
  );
  await expect(
    trends.page.getByTestId('trend-series-let-finish').getByTestId('trend-point').first(),
  ).toBeVisible();
  await expect(journal.rows).toHaveCount(9);
});

test('Trends: one chart per item with its weekly mean and count, a range choice, and the figures as a table', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId, 'data');
  const backup = {
    name: 'backup.json',
    text: JSON.stringify({
      format: 'attune-backup',
      version: 1,
      exportedAt: Date.now(),
      encounters: syntheticEncounters(30, Date.now(), 300),
      events: [],
      variants: [],
    }),
  };
  await options.chooseImport(backup.name, backup.text);
  await options.page.getByTestId('import-confirm').click();
  await expect(options.status).toContainText('Imported 30 encounters');
  await options.show('trends');
  const page = options.page;
  const charts = page.getByTestId('trend-chart').locator('figure');
  await expect(charts).toHaveCount(5);
  const first = page.getByTestId('trend-item-let-finish');
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(
    'I let the patient finish their opening statement',
  );
  await expect(first.getByTestId('trend-summary')).toHaveText(/^Average \d\.\d from \d+ ratings$/);

  // The figures behind the chart: one row a week, each with its mean and count.
  await first.getByText('Show the figures').click();
  await expect(first.getByTestId('trend-table').locator('tbody tr')).toHaveCount(12);
  await page.getByTestId('trends-range-52').check();
  await expect(page.getByTestId('trends-total')).toHaveText(/in the last 52 weeks\.$/);
  await expect(first.getByTestId('trend-table').locator('tbody tr')).toHaveCount(52);
  await page.getByTestId('trends-range-4').check();
  await expect(first.getByTestId('trend-table').locator('tbody tr')).toHaveCount(4);

  // No week label runs off its chart, whatever the range.
  for (const range of ['4', '12', '52']) {
    await page.getByTestId(`trends-range-${range}`).check();
    await expect(page.getByTestId('trends-total')).toContainText(`last ${range} weeks`);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.trend svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((t) => t.getBoundingClientRect())
          .filter((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
          .map((r) => `${r.left}–${r.right} outside ${box.left}–${box.right}`);
      }),
    );
    expect(clipped).toEqual([]);
  }

  // The lowest recent item suggests next week's focus skill; the user accepts it.
  const focus = page.getByTestId('weekly-focus');
  await expect(focus.getByTestId('focus-state')).toContainText('Suggested from your lowest item');
  await focus.getByTestId('focus-accept').click();
  await expect(options.status).toHaveText(/^Focus skill saved: /);
  await expect(focus.getByTestId('focus-state')).toContainText('Your focus skill:');
  await options.show('nudges');
  await expect(page.getByTestId('set-focus')).not.toHaveValue('');
});

test('Journal: items and checklist by their texts, notes searched, time and checklist edited, a delete undone exactly', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId, 'trends');
  const rows = syntheticEncounters(12, Date.now(), 20);
  await seedEncounters(options.page, rows);
  // The trends view brings the stored week totals up to the seeded rows.
  await options.page.reload();
  await expect(options.page.getByTestId('trends-total')).toHaveText(
    '12 encounters in the last 12 weeks.',
  );
  await options.show('journal');
  const page = options.page;
  const one = page.locator('[data-testid="history-row"][data-id="synthetic-000001"]');
  await expect(one.getByTestId('history-rating').first()).toHaveText(
    'I let the patient finish their opening statement: 2',
  );
  await expect(one.getByTestId('history-ratings')).not.toContainText('let-finish');
  await expect(one.getByTestId('history-checklist')).toHaveText(
    /Sat at eye level, facing the patient.*Began with an open question/,
  );

  // Search in notes: only the entries whose note has the words.
  await page.getByTestId('filter-text').fill('practice NOTE 10');
  await expect(options.rows).toHaveCount(1);
  await expect(options.rows.first().getByTestId('history-note')).toHaveText(
    'Practice note 10: slowed down at the end.',
  );
  await page.getByTestId('filter-clear').click();
  await expect(options.rows).toHaveCount(12);

  // Edit the time and the checklist.
  await one.getByTestId('history-edit').click();
  const editor = page.getByTestId('history-editor');
  await editor.getByTestId('edit-when').fill('2025-03-04T09:30');
  await editor.locator('[data-item="eye-level"]').uncheck();
  await editor.getByTestId('edit-save').click();
  await expect(options.status).toHaveText('Encounter updated.');
  const edited = (await readEncounters(page)).find((e) => e.id === 'synthetic-000001');
  expect(edited?.at).toBe(new Date(2025, 2, 4, 9, 30).getTime());
  expect(edited?.checklist).toEqual(['open-question']);
  await expect(one.getByTestId('history-checklist')).toHaveText('Began with an open question');

  // Delete, then Undo: the same row and the same week totals as before.
  const before = await readEncounters(page);
  const weeksBefore = await weekRows(page);
  const target = page.locator('[data-testid="history-row"][data-id="synthetic-000003"]');
  await target.getByTestId('history-delete').click();
  await expect(target).toHaveCount(0);
  await expect(options.status).toHaveText('Encounter deleted.');
  const undo = page.getByTestId('history-undo');
  await expect(undo).toBeFocused();
  expect(await readEncounters(page)).toHaveLength(11);
  await page.keyboard.press('Enter');
  await expect(options.status).toHaveText('Encounter restored.');
  await expect(target).toHaveCount(1);
  expect(await readEncounters(page)).toEqual(before);
  expect(await weekRows(page)).toEqual(weeksBefore);
});

test('the note check flags a title and a name as it is typed, and Remove them removes every flagged part', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.note.pressSequentially('MRN 61847302, Mrs Orsgaard-Nyembe. I rushed.');
  // No Save pressed: the warning follows the typing.
  const warning = popup.page.getByTestId('note-warning');
  await expect(warning.getByTestId('note-identifier')).toHaveText([
    'MRN 61847302',
    'Mrs Orsgaard-Nyembe',
  ]);
  await popup.page.getByTestId('note-remove').click();
  await expect(popup.note).toHaveValue('I rushed.');
  await expect(warning).toHaveCount(0);

  // The journal's editor checks a note as it is edited too.
  await popup.save.click();
  await expect(popup.status).toHaveText('Encounter saved.');
  const options = await OptionsPage.open(context, extensionId);
  await options.rows.first().getByTestId('history-edit').click();
  await options.page.getByTestId('edit-note').fill('Dr Ábalos rang back.');
  await expect(options.page.getByTestId('note-identifier')).toHaveText('Dr Ábalos');
  await options.page.getByTestId('note-remove').click();
  await expect(options.page.getByTestId('edit-note')).toHaveValue('rang back.');
});
