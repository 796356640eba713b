import { browser } from 'wxt/browser';

/**
 * The `storage.session` key whose value changes whenever the packs change: the background's
 * trigger cache (entrypoints/background/trigger-cache.ts) answers from its copy only while it is
 * the same. Written by whoever writes the packs table (the options page, the studio, the
 * background): the worker may be asleep, and a Dexie write tells nobody.
 */
export const TRIGGER_STAMP = 'triggers-stamp';

/** Marks every cached site's triggers stale. */
export async function triggersChanged(): Promise<void> {
  try {
    await browser.storage.session.set({ [TRIGGER_STAMP]: crypto.randomUUID() });
  } catch {
    // No session storage here (an old browser, a test's stub): nothing can be cached either.
  }
}
