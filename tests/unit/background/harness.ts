// The background under test: its message handlers on a fake runtime (../fake-runtime.ts), the
// browser APIs fakeBrowser lacks stubbed, the built-in packs installed and 127.0.0.1 enabled.
import { beforeAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { builtinPacks } from '../../../prompts/builtin';
import { db } from '../../../storage/db';
import { installBuiltins } from '../../../storage/packs';
import { sitesItem } from '../../../storage/settings';
import { installFakeRuntime } from '../fake-runtime';

/** Tab 7, on the synthetic site's results page. */
export const TAB = { id: 7, url: 'http://127.0.0.1:5173/results.html' };
/** Three moments, so the moment cooldown alone cannot stop a second card. */
export const MOMENTS = ['results', 'discharge', 'telehealth'];

/** Starts the background for a test file; returns the injection stub and a way to set senders. */
export function useBackground() {
  const runtime = installFakeRuntime();
  const executeScript = vi.fn(async (): Promise<unknown> => []);
  const stub = () => {
    Object.assign(fakeBrowser, {
      scripting: {
        executeScript,
        getRegisteredContentScripts: vi.fn(async () => []),
        registerContentScripts: vi.fn(async () => undefined),
        updateContentScripts: vi.fn(async () => undefined),
        unregisterContentScripts: vi.fn(async () => undefined),
      },
      commands: { onCommand: { addListener: vi.fn() } },
      idle: { queryState: vi.fn(async () => 'active') },
    });
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async () => true),
      remove: vi.fn(async () => true),
      onRemoved: { addListener: vi.fn() },
    });
    Object.assign(fakeBrowser.tabs, { query: vi.fn(async () => []) });
  };
  beforeAll(() => {
    stub();
    background.main();
  });
  beforeEach(async () => {
    stub();
    executeScript.mockReset();
    executeScript.mockImplementation(async () => []);
    await db.delete();
    await db.open();
    await installBuiltins(builtinPacks);
    await sitesItem.setValue(['http://127.0.0.1']);
    at(TAB.url);
  });
  /** Later messages come from `tab` at `url`, in the given frame (the top one unless said). */
  function at(url: string, frameId = 0, tabId = TAB.id) {
    runtime.setSender({ tab: { id: tabId, url } as chrome.tabs.Tab, url, frameId });
  }
  return { executeScript, at, setSender: runtime.setSender };
}
