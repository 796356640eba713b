// The popup's first paint reads storage raw (storage/keys.ts); what it reads must be exactly what
// the storage items wrote, or the popup would open blank over a saved draft or setting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EncounterOptions } from '../../../components/encounter-options';
import { loadStart } from '../../../entrypoints/popup/first-paint';
import { rawStart, startReads } from '../../../entrypoints/popup/raw-start';
import { saveDraft } from '../../../storage/drafts';
import { formOptionsItem } from '../../../storage/form-options';
import { quietModeItem, sitesItem } from '../../../storage/settings';
import { setTab } from '../../../storage/tab-state';

const options: EncounterOptions = {
  kinds: [{ id: 'results', name: 'Results' }],
  items: [],
  checklist: [{ id: 'open-question', text: 'Began with an open question' }],
};

describe('popup first paint', () => {
  // The popup as the browser opens it: no ?tab= parameter, so it acts on the active tab.
  beforeEach(() => void vi.stubGlobal('location', new URL('chrome-extension://attune/popup.html')));

  it('reads what the storage items wrote: sites, quiet mode, options, draft and the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://ehr.example.org/chart' });
    vi.stubGlobal('location', new URL(`chrome-extension://attune/popup.html?tab=${tab.id}`));
    await sitesItem.setValue(['https://ehr.example.org']);
    await quietModeItem.setValue(true);
    await formOptionsItem.setValue(options);
    const draft = { kind: 'results', ratings: { x: 4 }, checklist: [], promptsUsed: [], note: 'n' };
    await saveDraft(draft);
    await setTab(tab.id as number, {
      shown: true,
      nudge: null,
      ticked: ['open-question'],
      promptsUsed: ['p1'],
      matched: ['results'],
      pending: null,
      reports: 1,
      decision: 'shown',
    });

    const start = await loadStart();

    expect(start.tab?.id).toBe(tab.id);
    expect(start.sites).toEqual(['https://ehr.example.org']);
    expect(start.quiet).toBe(true);
    expect(start.options).toEqual(options);
    expect(start.cached).toBe(true);
    expect(start.draft).toEqual(draft);
    expect(start.state.ticked).toEqual(['open-question']);
    expect(start.state.promptsUsed).toEqual(['p1']);
  });

  it('opens with the defaults on a fresh profile', async () => {
    await formOptionsItem.setValue(options); // no database read in this test
    const start = await loadStart();
    expect(start.sites).toEqual([]);
    expect(start.quiet).toBe(false);
    expect(start.draft).toBeNull();
    expect(start.state).toEqual({
      shown: false,
      nudge: null,
      ticked: [],
      promptsUsed: [],
      matched: [],
      pending: null,
      reports: 0,
      decision: null,
    });
  });
});

describe('popup-start.js hand-off', () => {
  const global = globalThis as { attuneStart?: Promise<unknown> | null };
  // As a popup opens: nothing started, nothing taken.
  const fresh = () => {
    global.attuneStart = undefined;
  };
  beforeEach(fresh);
  afterEach(fresh);

  it('gives the popup the reads popup-start.js began, once; a late popup-start.js reads nothing', async () => {
    startReads();
    const started = global.attuneStart;
    expect(started).toBeInstanceOf(Promise);
    expect(rawStart()).toBe(started);
    // The popup took them. popup-start.js arriving now (it loads async) starts nothing more.
    startReads();
    expect(global.attuneStart).toBeNull();
    // A second read (none in the popup today) asks the browser again.
    const again = rawStart();
    expect(again).not.toBe(started);
    expect((await again).local).toEqual({});
  });

  it('reads itself when the popup module runs before popup-start.js', async () => {
    const reads = rawStart();
    startReads();
    expect(global.attuneStart).toBeNull();
    expect((await reads).session).toEqual({});
  });
});
