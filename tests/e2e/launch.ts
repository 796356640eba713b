import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';

/** The unpacked e2e build (see docs/testing.md); under WXT_OUT_DIR when that is set. */
export const EXTENSION_DIR = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3-e2e');

/**
 * A closed address for the browser's own Google services: port 9 is on Chromium's list of
 * unsafe ports, so a request there is refused inside the browser before any socket opens.
 */
const NOWHERE = 'http://127.0.0.1:9/';

/** Chromium flags that work on a machine with no network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Three services the flags above leave on (seen in a net log of Chromium 156 under Playwright):
  // Google sign-in's ListAccounts, the on-demand component check (update.googleapis.com, for
  // the on-device model), and autofill's form-type queries. None has a switch of its own that
  // turns it off without replacing Playwright's --disable-features list, so each is pointed nowhere.
  `--gaia-url=${NOWHERE}`,
  `--component-updater=url-source=${NOWHERE}`,
  `--autofill-server-url=${NOWHERE}`,
];

/** Whether a page is Attune's welcome page (entrypoints/welcome/). */
export const isWelcomePage = (page: Page): boolean =>
  /^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test(page.url());

/**
 * Launches Chromium with Attune loaded on the given profile folder. `lang` sets the browser's
 * language: `--lang` picks the extension's messages, the page locale follows it.
 *
 * On a new profile Attune opens its welcome page (entrypoints/background/welcome.ts). It is
 * closed here once it has opened, so tests and benchmarks start with no Attune page open, unless
 * `welcome` keeps it (tests/e2e/welcome.spec.ts). A build without the page is not waited for.
 */
export async function launchWithExtension(
  userDataDir: string,
  options: { headless?: boolean; extensionDir?: string; lang?: string; welcome?: boolean } = {},
): Promise<BrowserContext> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const lang = options.lang ? [`--lang=${options.lang}`] : [];
  const fresh = !existsSync(userDataDir) || readdirSync(userDataDir).length === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    args: [
      ...CHROMIUM_ARGS,
      ...lang,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
    ...(options.lang ? { locale: options.lang } : {}),
  });
  if (fresh && !options.welcome && existsSync(path.join(dir, 'welcome.html'))) {
    const welcome =
      context.pages().find(isWelcomePage) ??
      (await context.waitForEvent('page', { predicate: isWelcomePage }));
    // Closed once loaded: closing it while it loads can leave every later extension page of the
    // session without its messages (Chromium then returns '' from i18n.getMessage).
    await welcome.waitForLoadState('load');
    await welcome.close();
  }
  return context;
}

/** The extension's service worker, waiting for it if it has not started yet. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Waits until the background has registered the watcher (it does so right after install), so a
 * page opened next is watched. Returns the extension id.
 */
export async function extensionReady(context: BrowserContext): Promise<string> {
  const worker = await serviceWorker(context);
  for (let i = 0; i < 100; i++) {
    const n = await worker.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (n > 0) return new URL(worker.url()).host;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The Attune watcher was never registered: did the e2e build install correctly?');
}
