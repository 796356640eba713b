import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome/), bundled as welcome.html. */
export const WELCOME_PAGE = '/welcome.html';

/** Key in `browser.storage.local` of {@link WelcomeRecord}. */
export const WELCOME_KEY = 'welcome';

/** When the welcome page was opened, and the last install event the background handled. */
export interface WelcomeRecord {
  /** Epoch ms when the welcome page was opened; null until then. */
  openedAt: number | null;
  /** The last `runtime.onInstalled` event: its reason and when it came (what tests wait for). */
  last: { reason: string; at: number };
}

/** Opens the welcome page unless it was opened before, and records the event either way. */
async function onInstalled(reason: string): Promise<void> {
  const stored = (await browser.storage.local.get(WELCOME_KEY))[WELCOME_KEY] as
    | WelcomeRecord
    | undefined;
  let openedAt = stored?.openedAt ?? null;
  // Only a new install. Chromium also reports 'install' each time it starts with an unpacked
  // extension from its command line, storage kept: the record keeps that from opening it again.
  if (reason === 'install' && openedAt === null) {
    // Needs no `tabs` permission: opening its own page is allowed to every extension.
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    openedAt = Date.now();
  }
  const record: WelcomeRecord = { openedAt, last: { reason, at: Date.now() } };
  await browser.storage.local.set({ [WELCOME_KEY]: record });
}

/**
 * Opens the welcome page once, when Attune is installed: never on an update, a browser update or
 * a service worker restart. Registered synchronously at the background's start, as the browser
 * delivers onInstalled only to listeners added then.
 */
export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(reason));
}
