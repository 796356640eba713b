// `npm run demo -- --screenshots`: the documentation's screenshots, taken the same way each time
// into docs/: the card (docs/screenshot.png, the README's), dark and in Spanish, the popup, the
// welcome page, Trends and the portfolio report. Synthetic data only: the encounters below are
// generated from a fixed seed, relative to today.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../components/overlay-host';
import { extensionReady, isWelcomePage, launchWithExtension } from '../tests/e2e/launch';
import { seedEncounters } from '../tests/e2e/pages/options';
import type { Encounter } from '../utils/domain';

const DOCS = path.resolve('docs');
const ITEMS = [
  'let-finish',
  'named-emotion',
  'open-question',
  'checked-understanding',
  'full-attention',
];
const KINDS = ['results', 'serious-news', 'discharge', 'telehealth', 'results', 'routine-visit'];
const NOTES = [
  'Waited through the silence after the news instead of filling it.',
  'Asked what they already knew first; it changed what I said next.',
  'Rushed the discharge talk at the end of the shift. Next time: teach-back before the letter.',
  'Named the worry I heard ("it sounds frightening") and the conversation slowed down.',
];

/** Twelve weeks of synthetic encounters whose ratings improve a little, from a fixed seed. */
export function demoEncounters(now: number): Encounter[] {
  let seed = 7;
  const rand = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const n = 44;
  return Array.from({ length: n }, (_, i) => {
    const progress = i / (n - 1); // 0 oldest → 1 newest
    const ratings = Object.fromEntries(
      ITEMS.map((id, k) => {
        const v = 2.2 + 1.8 * progress + (k % 3) * 0.3 + (rand() - 0.5) * 1.4;
        return [id, Math.max(1, Math.min(5, Math.round(v)))];
      }),
    );
    return {
      id: `demo-${String(i).padStart(3, '0')}`,
      at: now - Math.round((1 - progress) * 80 * 86_400_000) - 3_600_000,
      kind: KINDS[i % KINDS.length] as string,
      ratings,
      checklist: [
        'eye-level',
        'open-question',
        'let-finish',
        'reflect-feelings',
        'what-else',
      ].filter((_, k) => rand() < 0.35 + 0.15 * k * progress),
      promptsUsed: i % 3 === 0 ? ['name-emotion'] : i % 5 === 0 ? ['understand-emotion'] : [],
      note: i % 11 === 4 ? (NOTES[(i / 11) | 0] ?? '') : '',
      packVersions: {},
    };
  });
}

/** Saves a viewport (or full-page) screenshot into docs/ and returns its path. */
async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  const file = path.join(DOCS, name);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** The card on the results page, light then dark (the same card: a second would be capped). */
async function cards(context: BrowserContext, site: string, suffix: string): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site}/results.html`);
  await page.locator(OVERLAY_SELECTOR).getByTestId('nudge').waitFor();
  // Let the card's entrance finish, so the picture is the card at rest.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  if (suffix) return [await shot(page, `card-${suffix}.png`)];
  const files = [await shot(page, 'screenshot.png')];
  await page.emulateMedia({ colorScheme: 'dark' });
  files.push(await shot(page, 'card-dark.png'));
  await page.emulateMedia({ colorScheme: 'light' });
  return files;
}

/** The popup for the results page's tab (still open), filled in as after an encounter. */
async function popup(context: BrowserContext, id: string, site: string): Promise<string> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${id}/popup.html`);
  const tabId = await probe.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    `${site}/results.html`,
  );
  await probe.close();
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await page.getByTestId('encounter-kind').selectOption('results');
  for (const group of await page.locator('fieldset[data-testid^="rating-"]').all())
    await group.locator('input[value="4"]').check();
  await page
    .getByTestId('encounter-note')
    .fill('Asked what they knew first; paused after the news.');
  return shot(page, 'popup.png');
}

/** Trends and the report, over the synthetic encounters. */
async function journal(context: BrowserContext, id: string): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${id}/options.html#trends`);
  await seedEncounters(page, demoEncounters(Date.now()));
  await page.reload();
  await page.getByTestId('trend-chart').locator('figure').first().waitFor();
  const files = [await shot(page, 'trends.png')];
  const [report] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('open-report').click(),
  ]);
  await report.setViewportSize({ width: 1000, height: 900 });
  await report.locator('[data-testid="report"][data-loaded]').waitFor();
  await report.getByTestId('report-choose-note').nth(1).check();
  files.push(await shot(report, 'report.png', true));
  return files;
}

/** Takes every screenshot, each browser on a fresh profile; returns the files written. */
export async function takeScreenshots(site: string): Promise<string[]> {
  const profile = () => mkdtempSync(path.join(tmpdir(), 'attune-shots-'));
  const files: string[] = [];
  const context = await launchWithExtension(profile(), { headless: true, welcome: true });
  const id = await extensionReady(context);
  const welcome =
    context.pages().find(isWelcomePage) ??
    (await context.waitForEvent('page', { predicate: isWelcomePage }));
  await welcome.setViewportSize({ width: 1100, height: 900 });
  await welcome.locator('h1').waitFor();
  files.push(await shot(welcome, 'welcome.png'));
  files.push(...(await cards(context, site, '')));
  files.push(await popup(context, id, site));
  files.push(...(await journal(context, id)));
  await context.close();

  const spanish = await launchWithExtension(profile(), { headless: true, lang: 'es' });
  await extensionReady(spanish);
  files.push(...(await cards(spanish, site, 'es')));
  await spanish.close();
  return files;
}
