import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { handleCommand } from '../../entrypoints/background/command';
import { builtinPacks } from '../../prompts/builtin';
import { db } from '../../storage/db';
import { recordEvent } from '../../storage/events';
import { installBuiltins } from '../../storage/packs';
import {
  nudgeSettingsItem,
  quietModeItem,
  sitesItem,
  snoozeUntilItem,
} from '../../storage/settings';
import { getTab } from '../../storage/tab-state';
import { sendMessage } from '../../utils/messages';
import { installFakeRuntime } from './fake-runtime';

const TAB = { id: 7, url: 'http://127.0.0.1:5173/results.html' };
const runtime = installFakeRuntime();
const executeScript = vi.fn(async () => []);

/** The browser APIs the background uses that fakeBrowser does not implement. */
function stubBrowser() {
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript,
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => undefined),
      updateContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
    },
  });
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => true),
    remove: vi.fn(async () => true),
    onRemoved: { addListener: vi.fn() },
  });
  Object.assign(fakeBrowser.tabs, { query: vi.fn(async () => []) });
  Object.assign(fakeBrowser, {
    commands: { onCommand: { addListener: vi.fn() } },
    idle: { queryState: vi.fn(async () => 'active') },
  });
}

beforeAll(() => {
  stubBrowser();
  background.main();
});

beforeEach(async () => {
  stubBrowser();
  executeScript.mockClear();
  await db.delete();
  await db.open();
  // fakeBrowser.reset() (setup.ts) drops the background's browser listeners; do what install does.
  await installBuiltins(builtinPacks);
  await sitesItem.setValue(['http://127.0.0.1']);
  runtime.setSender({ tab: TAB as chrome.tabs.Tab, url: TAB.url, frameId: 0 });
});

describe('message protocol (content scripts → background)', () => {
  it('gives the watcher compiled triggers on an enabled site and nothing elsewhere', async () => {
    const moments = await sendMessage('getTriggers');
    expect(moments.map((m) => m.id)).toEqual(
      expect.arrayContaining(['results', 'serious-news', 'discharge', 'telehealth']),
    );
    expect(moments.find((m) => m.id === 'results')?.k).toContain('results');

    runtime.setSender({
      tab: { ...TAB, url: 'https://elsewhere.test/' } as chrome.tabs.Tab,
      url: 'https://elsewhere.test/',
    });
    expect(await sendMessage('getTriggers')).toEqual([]);
  });

  it('shows one nudge per page visit: injects the overlay once and serves it the chosen prompt', async () => {
    await sendMessage('reportMatches', { momentIds: ['results'] });
    await sendMessage('reportMatches', { momentIds: ['results'] });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: ['/overlay.js'],
    });

    const start = await sendMessage('getNudge');
    const nudge = start?.nudge;
    expect(nudge?.momentId).toBe('results');
    expect(nudge?.secondsLabel).toMatch(/^\d+$/);
    // The overlay's messages come with it, in the user's language.
    expect(start?.messages['nudge.dismiss']).toBe('Not for this moment');
    expect(start?.messages['nudge.meta']).toContain('{seconds}');
    expect(nudge?.text.length).toBeGreaterThan(20);
    expect(nudge?.checklist.map((i) => i.id)).toContain('open-question');
    if (!nudge) throw new Error('no nudge');
    await sendMessage('nudgeShown', nudge);
    const shown = await db.events.where('type').equals('shown').toArray();
    expect(shown).toEqual([
      expect.objectContaining({
        promptId: nudge?.promptId,
        origin: 'http://127.0.0.1:5173',
        momentId: 'results',
      }),
    ]);
  });

  it('keeps checklist ticks and used prompts for the popup, and clears them once logged', async () => {
    await sendMessage('reportMatches', { momentIds: ['results'] });
    const nudge = (await sendMessage('getNudge'))?.nudge;
    if (!nudge) throw new Error('no nudge');
    await sendMessage('setChecklistTick', { itemId: 'open-question', ticked: true });
    await sendMessage('setChecklistTick', { itemId: 'eye-level', ticked: true });
    await sendMessage('setChecklistTick', { itemId: 'eye-level', ticked: false });
    await sendMessage('nudgeAction', {
      promptId: nudge.promptId,
      packId: nudge.packId,
      momentId: 'results',
      action: 'used',
    });
    // The popup reads the tab's record from session storage (entrypoints/popup/first-paint.ts).
    expect(await getTab(7)).toMatchObject({
      ticked: ['open-question'],
      promptsUsed: [nudge.promptId],
      nudge: { momentId: 'results' },
    });
    expect(await db.events.where('type').equals('used').count()).toBe(1);

    await sendMessage('clearTabState', 7);
    expect(await getTab(7)).toMatchObject({
      ticked: [],
      promptsUsed: [],
      nudge: { momentId: 'results' },
    });
  });

  it('stores no page content: events carry the origin only, never the path', async () => {
    runtime.setSender({
      tab: { ...TAB, url: 'http://127.0.0.1:5173/chart?mrn=99887766' } as chrome.tabs.Tab,
      frameId: 0,
    });
    await sendMessage('reportMatches', { momentIds: ['results'] });
    const nudge = (await sendMessage('getNudge'))?.nudge;
    if (!nudge) throw new Error('no nudge');
    await sendMessage('nudgeShown', nudge);
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('99887766');
  });

  it('refuses to enable a site that is not a web address', async () => {
    expect(await sendMessage('enableSite', 'chrome://settings')).toEqual({
      ok: false,
      error: 'Not a web site address: chrome://settings',
    });
  });
});

/** Later messages come from tab 7 at `url` (the address a single-page app just pushed). */
const at = (url: string) =>
  runtime.setSender({ tab: { ...TAB, url } as chrome.tabs.Tab, url, frameId: 0 });
const shownCount = () => db.events.where('type').equals('shown').count();
/** Three moments, so the moment cooldown alone cannot stop a second card. */
const MOMENTS = ['results', 'discharge', 'telehealth'];

describe('"shown" is recorded once the card is on screen', () => {
  it('records nothing at injection, then once for the nudge the overlay was given', async () => {
    await sendMessage('reportMatches', { momentIds: ['results'] });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await shownCount()).toBe(0); // injected, not yet on screen
    const nudge = (await sendMessage('getNudge'))?.nudge;
    if (!nudge) throw new Error('no nudge');
    await sendMessage('nudgeShown', { ...nudge, promptId: 'not-the-one-given' });
    expect(await shownCount()).toBe(0);
    await sendMessage('nudgeShown', nudge);
    await sendMessage('nudgeShown', nudge); // a second render of the same card
    expect(await shownCount()).toBe(1);
  });
});

describe('visits and the minimum gap between cards on one site', () => {
  it('counts a page that only changes its query or fragment as one visit: one card', async () => {
    for (const address of ['?a=1', '?a=2', '?a=2#x', '#y']) {
      at(`${TAB.url}${address}`);
      await sendMessage('reportMatches', { momentIds: MOMENTS });
    }
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await getTab(7)).toMatchObject({ reports: 4, decision: 'shown-this-visit' });
  });

  it('shows no second card on a new path within the gap, confirmed or not, and one after it', async () => {
    at('http://127.0.0.1:5173/results.html');
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    const nudge = (await sendMessage('getNudge'))?.nudge;
    if (!nudge) throw new Error('no nudge');
    at('http://127.0.0.1:5173/chart/2'); // before the overlay confirmed the first card
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    expect(await getTab(7)).toMatchObject({ decision: 'min-gap' });
    await sendMessage('nudgeShown', nudge);
    at('http://127.0.0.1:5173/chart/3');
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await getTab(7)).toMatchObject({ decision: 'min-gap', reports: 3 });

    await nudgeSettingsItem.setValue({ ...(await nudgeSettingsItem.getValue()), minGapMinutes: 0 });
    at('http://127.0.0.1:5173/chart/4');
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });
});

describe('why Attune is quiet (the popup asks)', () => {
  it("names the rule holding nudges back on the tab's site, with when it ends, or none", async () => {
    const tab = await fakeBrowser.tabs.create({ url: TAB.url });
    const id = tab.id as number;
    expect(await sendMessage('whyQuiet', id)).toBeNull();

    await quietModeItem.setValue(true);
    expect(await sendMessage('whyQuiet', id)).toEqual({ reason: 'quiet-mode', until: null });
    expect(await sendMessage('whyQuiet', null)).toEqual({ reason: 'quiet-mode', until: null });
    await quietModeItem.setValue(false);

    const until = Date.now() + 3_600_000;
    await snoozeUntilItem.setValue(until);
    expect(await sendMessage('whyQuiet', id)).toEqual({ reason: 'snoozed', until });
    await snoozeUntilItem.setValue(0);

    const shownAt = Date.now() - 30_000;
    const ids = { promptId: 'p', packId: 'k', momentId: 'results' };
    await recordEvent({ type: 'shown', ...ids, origin: 'http://127.0.0.1:5173', at: shownAt });
    expect(await sendMessage('whyQuiet', id)).toEqual({
      reason: 'min-gap',
      until: shownAt + 2 * 60_000,
    });
    // The gap is per site: a browser page (no site) is not held back by it.
    expect(await sendMessage('whyQuiet', null)).toBeNull();
  });
});

describe('the keyboard command (Alt+Shift+A)', () => {
  it('toggles the card when the tab has one', async () => {
    let toggled = 0;
    await handleCommand(7, TAB.url, async () => {
      toggled++;
      return true;
    });
    expect(toggled).toBe(1);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('shows a card on request when the tab has none, even in quiet mode or past the cap', async () => {
    await quietModeItem.setValue(true);
    await sendMessage('reportMatches', { momentIds: ['discharge'] });
    expect(executeScript).not.toHaveBeenCalled(); // quiet mode holds for automatic nudges
    await handleCommand(7, TAB.url, async () => false);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect((await sendMessage('getNudge'))?.nudge.momentId).toBe('discharge');
  });
});
