// `npm run demo`: builds Attune, serves the synthetic clinical site, and launches Chromium with
// the extension loaded and the demo origin enabled. With a display it opens a window and waits;
// with none (or with --headless) it walks a scripted tour and writes screenshots. With
// --screenshots it takes the documentation's screenshots into docs/ (scripts/screenshots.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../components/overlay-host';
import { extensionReady, launchWithExtension } from '../tests/e2e/launch';
import { ensureChromium } from './ensure-chromium.mjs';
import { takeScreenshots } from './screenshots';
import { startFixtureServer } from './serve';

const SHOTS = path.resolve('.output/demo');

async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, name);
  await page.screenshot({ path: file });
  return file;
}

/** The scripted tour: nudge shown, checklist ticked, encounter logged, history listed. */
async function tour(context: BrowserContext, site: string): Promise<string[]> {
  const extensionId = await extensionReady(context);
  const files: string[] = [];
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site}/results.html`);
  const card = page.locator(OVERLAY_SELECTOR).getByTestId('nudge');
  await card.waitFor();
  files.push(await shot(page, '1-nudge.png'));

  await page.locator(OVERLAY_SELECTOR).getByTestId('checklist-toggle').click();
  const items = page.locator(OVERLAY_SELECTOR).getByTestId('checklist-item');
  await items.nth(0).check();
  await items.nth(1).check();
  files.push(await shot(page, '2-checklist.png'));

  const tabId = await page
    .evaluate(() => 0)
    .then(async () => {
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/popup.html`);
      const id = await probe.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        page.url(),
      );
      await probe.close();
      return id;
    });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('encounter-kind').selectOption('results');
  for (const group of await popup.locator('fieldset[data-testid^="rating-"]').all()) {
    await group.locator('input[value="4"]').check();
  }
  await popup.getByTestId('encounter-note').fill('Paused after the news; asked what matters most.');
  files.push(await shot(popup, '3-popup.png'));
  await popup.getByTestId('save-encounter').click();
  await popup.getByText('Encounter saved.').waitFor();

  const options = await context.newPage();
  await options.setViewportSize({ width: 1100, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('history-row').first().waitFor();
  files.push(await shot(options, '4-options.png'));
  return files;
}

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  process.env.CHROMIUM_PATH ??= ensureChromium();
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  const server = await startFixtureServer({ host: '127.0.0.1', port: 0 });
  console.log(`Synthetic clinical site: ${server.url}/`);
  if (process.argv.includes('--screenshots')) {
    // The documentation's screenshots (docs/*.png, the README's among them), headless.
    const files = await takeScreenshots(server.url);
    console.log('Screenshots:');
    for (const f of files) console.log(`  ${f}`);
    await server.close();
    return;
  }
  const context = await launchWithExtension(mkdtempSync(path.join(tmpdir(), 'attune-demo-')), {
    headless,
  });
  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/`);
    console.log('Chromium is open with Attune loaded. Close the window to stop.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    mkdirSync(SHOTS, { recursive: true });
    const files = await tour(context, server.url);
    console.log('Tour done. Screenshots:');
    for (const f of files) console.log(`  ${f}`);
    await context.close();
  }
  await server.close();
}

await main();
