// Drives Firefox ESR with the Attune e2e build over WebDriver BiDi (puppeteer-core). Playwright
// cannot load an unpacked extension in Firefox; puppeteer installs it as a temporary add-on.
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The Firefox e2e build (`wxt build -b firefox --mode e2e`); under WXT_OUT_DIR when that is set. */
export const FIREFOX_EXTENSION_DIR = path.resolve(
  process.env.WXT_OUT_DIR ?? '.output',
  'firefox-mv3-e2e',
);

/** The Firefox binary: scripts/ensure-firefox.mjs passes the one it found. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Attune's add-on id (wxt.config.ts) and the fixed UUID its moz-extension:// address gets. */
const ADDON_ID = 'attune@attune.example';
const UUID = '5d0c7f4e-3a2b-4c1d-9e8f-a1b2c3d4e5f6';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** A running Firefox with Attune installed, and everything it has printed so far. */
export interface AttuneFirefox {
  browser: Browser;
  output(): string;
}

/** Starts Firefox ESR headless and installs the e2e build. */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<AttuneFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it, BiDi may not script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // Console messages and uncaught errors of pages, content scripts and the background go to
      // stdout, where extensionErrors() reads them.
      'devtools.console.stdout.content': true,
    },
  });
  let output = '';
  const record = (chunk: Buffer) => {
    output += chunk.toString();
  };
  browser.process()?.stdout?.on('data', record);
  browser.process()?.stderr?.on('data', record);
  await browser.installExtension(extensionDir);
  return { browser, output: () => output };
}

/**
 * Navigates a tab without waiting for the load: `page.goto` to a moz-extension:// page never
 * resolves (the tab moves to the extension's process), so the BiDi command is sent with wait none.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'none'): Promise<void> };
  };
  await frame.browsingContext.navigate(url, 'none');
}

/** Opens one of Attune's pages (`options.html`, `popup.html?tab=3`) in a new tab. */
export async function openExtensionPage(
  browser: Browser,
  file: string,
  readySelector: string,
): Promise<Page> {
  const page = await browser.newPage();
  await navigate(page, `${EXTENSION_ORIGIN}/${file}`);
  await page.waitForSelector(readySelector);
  return page;
}

/** The tab id Firefox gives the tab showing `url`, read through the extension's tabs API. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
    url,
  );
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * Errors from Attune in what Firefox printed: uncaught errors and rejections in any of its
 * contexts (background, pages, content scripts: they name the moz-extension:// file), and its own
 * console errors, which start with "Attune" (its warnings, such as a policy site still waiting for
 * the user's permission, are not errors).
 */
export function extensionErrors(output: string): string[] {
  return output
    .split('\n')
    .filter(
      (line) =>
        (line.startsWith('JavaScript error:') && line.includes(EXTENSION_ORIGIN)) ||
        /^console\.error: "?Attune/.test(line),
    );
}
