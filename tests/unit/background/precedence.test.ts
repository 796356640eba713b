import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncPolicy } from '../../../entrypoints/background/packs';
import { triggersFor, triggersKey } from '../../../entrypoints/background/triggers';
import { installPack } from '../../../storage/packs';
import { policyStateItem } from '../../../storage/policy-state';
import { sitesItem } from '../../../storage/settings';
import { getTab } from '../../../storage/tab-state';
import { sendMessage } from '../../../utils/messages';
import { TAB, useBackground } from './harness';

const { at } = useBackground();

/** The trainer's pack of the e2e test: a "family-meeting" moment and two prompts. */
const PACK_TEXT = readFileSync('tests/fixtures/packs/precedence-pack.json', 'utf8');
const PACK_ID = 'org.example.palliative-education';
const PACK_PROMPTS = ['family-meeting-open', 'family-meeting-worry'];
/** What the watcher reports on a page titled "Palliative care", heading "Family meeting". */
const MATCHED = ['serious-news', 'family-meeting'];

beforeEach(async () => {
  await fakeBrowser.storage.managed.clear();
  await policyStateItem.removeValue();
});

/** Reports the page's moments as its watcher would, and says which pack's prompt the card got. */
async function reportAndChoose(momentIds = MATCHED) {
  await sendMessage('reportMatches', { momentIds });
  return (await getTab(TAB.id)).nudge;
}

describe('an installed pack outranks the built-ins on the same page', () => {
  it("shows the trainer's family-meeting prompt, not the built-in serious-news one", async () => {
    expect((await installPack(PACK_TEXT, 'file')).ok).toBe(true);
    const nudge = await reportAndChoose();
    expect(nudge?.packId).toBe(PACK_ID);
    expect(PACK_PROMPTS).toContain(nudge?.promptId);
  });

  it('shows a built-in prompt when no installed pack has one for the page', async () => {
    expect((await installPack(PACK_TEXT, 'file')).ok).toBe(true);
    expect((await reportAndChoose(['serious-news']))?.packId).toMatch(/^org\.attune\./);
  });
});

describe('a policy that switches the built-in packs off', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.managed.set({ builtinPacks: 'off', packs: [PACK_TEXT] });
    expect(await syncPolicy()).toEqual([]);
  });

  it('leaves only the policy pack’s moments for the watcher and its prompts for the card', async () => {
    expect(await policyStateItem.getValue()).toMatchObject({ builtinsOff: true });
    const moments = await triggersFor(TAB.url);
    expect(moments.map((m) => m.id)).toEqual(['family-meeting']);
    expect(moments[0]?.k).toEqual(['family meeting']);
    expect((await reportAndChoose())?.packId).toBe(PACK_ID);
  });

  it('shows no built-in prompt for a moment only the built-ins have', async () => {
    await sendMessage('reportMatches', { momentIds: ['serious-news'] });
    expect(await getTab(TAB.id)).toMatchObject({ nudge: null, decision: 'no-prompt' });
  });

  it('keeps built-ins off through one empty managed read, and turns them on after a second', async () => {
    await fakeBrowser.storage.managed.clear();
    await syncPolicy();
    expect((await policyStateItem.getValue()).builtinsOff).toBe(true);
    await syncPolicy();
    expect((await policyStateItem.getValue()).builtinsOff).toBe(false);
    expect((await triggersFor(TAB.url)).map((m) => m.id)).toContain('serious-news');
  });
});

describe('a pack that replaces built-in moments on its sites (replaces.sites)', () => {
  const replacing = (sites: string[]) => {
    const doc = JSON.parse(PACK_TEXT) as Record<string, unknown>;
    return { ...doc, replaces: { sites } };
  };

  it('sends no built-in trigger for those moments on a site it covers whole', async () => {
    expect((await installPack(replacing(['http://127.0.0.1/*']), 'file')).ok).toBe(true);
    const family = (await triggersFor(TAB.url)).find((m) => m.id === 'family-meeting');
    expect(family?.k).toEqual(['family meeting']);
    // Elsewhere the built-in keywords of the moment still count.
    await sitesItem.setValue(['http://127.0.0.1', 'http://localhost']);
    const other = (await triggersFor('http://localhost:5173/results.html')).find(
      (m) => m.id === 'family-meeting',
    );
    expect(other?.k).toContain('family conference');
  });

  it('never chooses a built-in prompt for a replaced moment on a page it lists', async () => {
    expect((await installPack(replacing(['http://127.0.0.1/palliative/*']), 'file')).ok).toBe(true);
    at('http://127.0.0.1:5173/palliative/room-2');
    const shown = await reportAndChoose(['family-meeting']);
    expect(shown?.packId).toBe(PACK_ID);
  });
});

describe('triggersKey', () => {
  it('is the origin: the answer does not change along a path or query', () => {
    expect(triggersKey('http://127.0.0.1:5173/results.html?x=1')).toBe('http://127.0.0.1:5173');
    expect(triggersKey(undefined)).toBe('');
    expect(triggersKey('not a url')).toBe('');
  });
});
