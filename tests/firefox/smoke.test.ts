// Attune in Firefox ESR, end to end: the watcher is registered, a nudge shows on the synthetic
// site, the popup saves an encounter, options lists it, and nothing of Attune's throws. The tests
// run in order on one browser (each step needs the previous one's state).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/serve';
import { getMessageFrom, loadMessages } from '../unit/i18n-fake';
import {
  type AttuneFirefox,
  extensionErrors,
  launchFirefox,
  openExtensionPage,
  tabIdOf,
} from './firefox';

/** The card, wherever its host is: `>>>` looks inside open shadow roots (the e2e build's). */
const NUDGE = '>>> [data-testid="nudge"]';
const english = getMessageFrom(await loadMessages('en'));

describe('Firefox ESR smoke', () => {
  let firefox: AttuneFirefox;
  let site: FixtureServer;
  let options: Page;
  let clinical: Page;

  beforeAll(async () => {
    site = await startFixtureServer({ host: '127.0.0.1', port: 0 });
    firefox = await launchFirefox();
    options = await openExtensionPage(
      firefox.browser,
      'options.html#sites',
      '[data-testid="site-origin"]',
    );
  });

  afterAll(async () => {
    await firefox?.browser.close();
    await site?.close();
  });

  it('registers the watcher for the e2e sites at install', async () => {
    await options.waitForFunction(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0,
      { polling: 200 },
    );
    const [watcher] = await options.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(watcher?.matches).toContain('http://127.0.0.1/*');
  });

  it('shows a nudge on the results page', async () => {
    clinical = await firefox.browser.newPage();
    await clinical.goto(`${site.url}results.html`);
    const card = await clinical.waitForSelector(NUDGE, { visible: true });
    expect(await card?.evaluate((el) => el.getAttribute('data-moment'))).toBeTruthy();
    const text = await clinical.waitForSelector('>>> [data-testid="nudge-text"]');
    expect(await text?.evaluate((el) => el.textContent?.trim().length)).toBeGreaterThan(0);
    // Painted from the background's static tree; the interactive part arrives after the paint
    // (entrypoints/overlay-ui/): a click opens the checklist, whether it came before or after.
    const toggle = await clinical.waitForSelector('>>> [data-testid="checklist-toggle"]');
    await toggle?.click();
    const item = await clinical.waitForSelector('>>> [data-testid="checklist-item"]');
    expect(await item?.evaluate((el) => el.getAttribute('type'))).toBe('checkbox');
  });

  it('saves an encounter from the popup for that tab', async () => {
    const tabId = await tabIdOf(options, clinical.url());
    const popup = await openExtensionPage(
      firefox.browser,
      `popup.html?tab=${tabId}`,
      '[data-testid="save-encounter"]',
    );
    // The first rating has focus: five ratings and Enter, as a user logs one.
    for (const key of ['4', '3', '5', '4', '2', 'Enter'] as const) await popup.keyboard.press(key);
    const saved = english('popup_saved');
    await popup.waitForFunction(
      (s) => document.querySelector('[data-testid="popup-status"]')?.textContent === s,
      {},
      saved,
    );
    await popup.close();
  });

  it('lists the encounter in the options page', async () => {
    const history = await openExtensionPage(
      firefox.browser,
      'options.html',
      '[data-testid="history-row"]',
    );
    expect(await history.$$eval('[data-testid="history-row"]', (rows) => rows.length)).toBe(1);
  });

  it('prints no error from Attune in the browser console', () => {
    expect(extensionErrors(firefox.output())).toEqual([]);
  });
});
