import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  OptionsPage,
  type OptionsSection,
  readEncounters,
  syntheticEncounters,
} from './pages/options';
import { PopupPage } from './pages/popup';

// Axe's default rules (WCAG 2.0–2.2 A and AA, and best practices) on the popup and the options
// page; the overlay's are in nudges.spec.ts, the Packs section with a refusal in packs.spec.ts.

async function violations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('axe finds no violations in the popup, light and dark', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  for (const colorScheme of ['light', 'dark'] as const)
    expect(await violations(popup.page, colorScheme)).toEqual([]);
});

const SECTIONS: OptionsSection[] = [
  'journal',
  'trends',
  'practice',
  'packs',
  'sites',
  'nudges',
  'data',
];

test('axe finds no violations in every options section, light and dark, with entries, the editor, Undo and the figures of a chart open', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000); // fourteen axe runs
  const options = await OptionsPage.open(context, extensionId, 'data');
  const backup = JSON.stringify({
    format: 'attune-backup',
    version: 1,
    exportedAt: Date.now(),
    encounters: syntheticEncounters(20, Date.now(), 60),
    events: [],
    variants: [],
  });
  await options.chooseImport('backup.json', backup);
  await options.page.getByTestId('import-confirm').click();
  await expect(options.status).toContainText('Imported 20 encounters');
  for (const section of SECTIONS) {
    await options.show(section);
    if (section === 'practice') await options.page.getByTestId('practice-text').waitFor();
    if (section === 'journal') {
      await options.rows.nth(1).getByTestId('history-delete').click();
      await options.page.getByTestId('history-undo').waitFor();
      await options.rows.first().getByTestId('history-edit').click();
      await options.page.getByTestId('edit-note').fill('Mrs Example asked twice.');
      await options.page.getByTestId('note-warning').waitFor();
    }
    if (section === 'trends') {
      await options.page.getByTestId('weekly-focus').waitFor();
      await options.page.getByText('Show the figures').first().click();
    }
    for (const colorScheme of ['light', 'dark'] as const)
      expect(await violations(options.page, colorScheme), section).toEqual([]);
  }
});

/** What has the focus now, and whether it shows a focus ring a sighted keyboard user can see. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      testId: el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName,
      ring:
        el.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
}

test('a whole encounter is logged with the keyboard alone, every stop showing a focus ring', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  const { page } = popup;
  const { keyboard } = page;
  const stops: { testId: string; ring: boolean }[] = [];
  const press = async (key: string) => {
    await keyboard.press(key);
    stops.push(await focused(page));
  };

  // The popup opens with the first rating focused; the kind is one Shift+Tab back.
  await press('Shift+Tab');
  expect(stops.at(-1)?.testId).toBe('encounter-kind');
  await press('ArrowDown');
  const kind = await popup.kind.inputValue();
  const ratings = [4, 3, 5, 2, 4];
  for (const value of ratings) {
    await press('Tab');
    expect(stops.at(-1)?.testId).toMatch(/^rating-/);
    await press('Space'); // checks 1
    for (let i = 1; i < value; i++) await press('ArrowRight');
  }
  await press('Tab'); // the active-listening checklist's summary
  await press('Enter');
  await press('Tab');
  expect(stops.at(-1)?.testId).toBe('checklist-item');
  await press('Space');
  while ((await focused(page)).testId !== 'encounter-note') await press('Tab');
  await keyboard.type('Let the silence work; asked what matters most.');
  await press('Tab');
  expect(stops.at(-1)?.testId).toBe('save-encounter');
  await press('Enter');
  await expect(popup.status).toHaveText('Encounter saved.');
  // Saving keeps the focus on the button, ready for the next entry (not lost to the page body).
  expect((await focused(page)).testId).toBe('save-encounter');

  expect(stops.filter((s) => !s.ring)).toEqual([]);
  const [saved] = await readEncounters(page);
  expect(saved?.kind).toBe(kind);
  expect(Object.values(saved?.ratings ?? {})).toEqual(ratings);
  expect(saved?.checklist).toHaveLength(1);
  expect(saved?.note).toBe('Let the silence work; asked what matters most.');
});
