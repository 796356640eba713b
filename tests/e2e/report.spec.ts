// The portfolio report (issue 14): opened from Options › Trends for the trends' range, it shows a
// period's aggregates with a chart per rating item, includes only the reflections the user ticks,
// prints to a one-page PDF with its charts, and passes axe light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage, seedEncounters, syntheticEncounters } from './pages/options';

/** Axe's violations on a page in a colour scheme, as readable lines. */
async function violations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The pages of a PDF Chromium wrote (its page objects, not the page tree's `/Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;

test('the report opens from Trends, includes only the ticked reflection, and prints one page with its charts', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId, 'trends');
  // 12 entries over the last 60 days; entries 0 and 10 carry a note.
  await seedEncounters(options.page, syntheticEncounters(12, Date.now(), 60));
  const [page] = await Promise.all([
    context.waitForEvent('page'),
    options.page.getByTestId('open-report').click(),
  ]);
  await page.getByTestId('report').and(page.locator('[data-loaded]')).waitFor();
  await expect(page).toHaveURL(/report\.html#from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio summary');
  await expect(page.getByTestId('report-total')).toHaveText('12 encounters logged');
  // One chart per rated item, with item titles, and the kinds and prompts by name.
  const charts = page.getByTestId('report-ratings').locator('figure svg');
  await expect(charts).toHaveCount(5);
  await expect(page.getByTestId('report-kinds').getByRole('row')).toHaveCount(7);
  await expect(page.getByTestId('report-checklist')).toContainText(
    'The checklist was used in 8 encounters',
  );

  // No note is in the report until the user ticks it; the keyboard ticks one.
  await expect(page.getByTestId('report-reflections')).toHaveCount(0);
  const boxes = page.getByTestId('report-choose-note');
  await expect(boxes).toHaveCount(2);
  await boxes.nth(1).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('report-reflection')).toHaveCount(1);
  await expect(page.getByTestId('report-reflection')).toContainText(
    'Practice note 10: slowed down at the end.',
  );
  await expect(page.getByTestId('report')).not.toContainText('Practice note 0:');

  // In print the controls and the chooser are gone, the chart and the chosen note stay.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-print')).toBeHidden();
  await expect(page.getByTestId('report-choose')).toBeHidden();
  await expect(charts.first()).toBeVisible();
  await expect(page.getByTestId('report-reflection')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(pdfPages(pdf)).toBe(1);
});

test('the period in the address narrows the report; axe finds nothing light and dark', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000); // two axe runs on shared cores
  const options = await OptionsPage.open(context, extensionId, 'trends');
  const now = Date.now();
  await seedEncounters(options.page, syntheticEncounters(12, now, 60));
  const day = (at: number) => new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  const from = day(now - 14 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const to = day(now).toISOString().slice(0, 10);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/report.html#from=${from}&to=${to}`);
  await page.getByTestId('report').and(page.locator('[data-loaded]')).waitFor();
  // Entries every 5 days from a minute ago: today's and those 5 and 10 days back (15 is out).
  await expect(page.getByTestId('report-total')).toHaveText('3 encounters logged');
  await expect(page.getByTestId('report-from')).toHaveValue(from);

  // A wider period chosen in the picker reads again, and the address follows.
  await page.getByTestId('report-from').fill(
    day(now - 59 * 86_400_000)
      .toISOString()
      .slice(0, 10),
  );
  await expect(page.getByTestId('report-total')).toHaveText('12 encounters logged');
  await expect(page).toHaveURL(new RegExp(`to=${to}$`));
  await page.getByTestId('report-choose-note').first().check();
  for (const colorScheme of ['light', 'dark'] as const)
    expect(await violations(page, colorScheme)).toEqual([]);
});
