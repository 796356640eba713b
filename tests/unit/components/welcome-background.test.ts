// The background opens the welcome page on install only, and only once.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  registerWelcome,
  WELCOME_KEY,
  type WelcomeRecord,
} from '../../../entrypoints/background/welcome';

const welcomeTabs = async () =>
  (await browser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));

const record = async () =>
  (await browser.storage.local.get(WELCOME_KEY))[WELCOME_KEY] as WelcomeRecord | undefined;

/** Fires onInstalled and waits until the background has recorded it. */
async function installed(reason: 'install' | 'update' | 'chrome_update') {
  const before = (await record())?.last.at ?? -1;
  type Details = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0];
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as Details);
  for (let i = 0; i < 100 && ((await record())?.last.at ?? -1) === before; i++)
    await new Promise((r) => setTimeout(r, 1));
}

describe('the welcome page', () => {
  beforeEach(() => registerWelcome());

  it('opens once when Attune is installed', async () => {
    await installed('install');
    expect(await welcomeTabs()).toHaveLength(1);
    expect((await record())?.openedAt).toEqual(expect.any(Number));
  });

  it('does not open again on a second install event with the storage kept, nor on an update', async () => {
    await installed('install');
    const first = await record();
    await new Promise((r) => setTimeout(r, 2));
    await installed('install');
    await installed('update');
    await installed('chrome_update');
    expect(await welcomeTabs()).toHaveLength(1);
    expect((await record())?.openedAt).toBe(first?.openedAt);
    expect((await record())?.last.reason).toBe('chrome_update');
  });

  it('does not open on an update of an install that never saw it', async () => {
    await installed('update');
    expect(await welcomeTabs()).toEqual([]);
    expect((await record())?.openedAt).toBeNull();
  });
});
