import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { handleCommand } from '../../entrypoints/background/nudges';
import { builtinPacks } from '../../prompts/builtin';
import { db } from '../../storage/db';
import { installBuiltins } from '../../storage/packs';
import { quietModeItem, sitesItem } from '../../storage/settings';
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
    await sendMessage('reportMatches', { momentIds: ['results'], top: true });
    await sendMessage('reportMatches', { momentIds: ['results'], top: false });
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
    await sendMessage('reportMatches', { momentIds: ['results'], top: true });
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
    expect(await sendMessage('getTabState', 7)).toEqual({
      ticked: ['open-question'],
      promptsUsed: [nudge.promptId],
      momentId: 'results',
    });
    expect(await db.events.where('type').equals('used').count()).toBe(1);

    await sendMessage('clearTabState', 7);
    expect(await sendMessage('getTabState', 7)).toEqual({
      ticked: [],
      promptsUsed: [],
      momentId: 'results',
    });
  });

  it('stores no page content: events carry the origin only, never the path', async () => {
    runtime.setSender({
      tab: { ...TAB, url: 'http://127.0.0.1:5173/chart?mrn=99887766' } as chrome.tabs.Tab,
    });
    await sendMessage('reportMatches', { momentIds: ['results'], top: true });
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
    await sendMessage('reportMatches', { momentIds: ['discharge'], top: true });
    expect(executeScript).not.toHaveBeenCalled(); // quiet mode holds for automatic nudges
    await handleCommand(7, TAB.url, async () => false);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect((await sendMessage('getNudge'))?.nudge.momentId).toBe('discharge');
  });
});
