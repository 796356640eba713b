// The background answers a woken watcher from storage.session: the compiled triggers per site,
// valid until the packs, the enabled sites or the policy's state change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadBuiltins } from '../../../entrypoints/background/builtin-files';
import { cachedTriggers } from '../../../entrypoints/background/trigger-cache';
import { triggersFor } from '../../../entrypoints/background/triggers';
import { builtinPacks } from '../../../prompts/builtin';
import { db } from '../../../storage/db';
import { installBuiltins, setPackEnabled } from '../../../storage/packs';
import { sitesItem } from '../../../storage/settings';

const URL_A = 'http://127.0.0.1:5173/results.html';
const URL_B = 'http://127.0.0.1:5173/discharge.html';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await installBuiltins(builtinPacks);
  await sitesItem.setValue(['http://127.0.0.1']);
});

/** triggersFor, counting how often the database is read through it. */
function counted() {
  const compute = vi.fn(triggersFor);
  return compute;
}

describe('cachedTriggers', () => {
  it('computes a site once and answers its other pages from session storage', async () => {
    const compute = counted();
    const first = await cachedTriggers(URL_A, compute);
    expect(first.map((m) => m.id)).toContain('results');
    expect(await cachedTriggers(URL_B, compute)).toEqual(first);
    expect(compute).toHaveBeenCalledTimes(1);
    // A worker that restarts keeps session storage, not memory: still no second computation.
    expect(await fakeBrowser.storage.session.get(null)).toHaveProperty([
      'triggers:http://127.0.0.1:5173',
    ]);
  });

  it('computes again after a pack is turned off, and the moment only that pack had is gone', async () => {
    const compute = counted();
    const before = await cachedTriggers(URL_A, compute);
    const telehealth = builtinPacks.find((p) =>
      p.moments.some((m) => m.id === 'telehealth' && p.locale === 'en'),
    );
    expect(before.map((m) => m.id)).toContain('telehealth');
    for (const p of builtinPacks.filter((p) => p.moments.some((m) => m.id === 'telehealth')))
      await setPackEnabled(p.id, false);
    const after = await cachedTriggers(URL_A, compute);
    expect(telehealth).toBeDefined();
    expect(after.map((m) => m.id)).not.toContain('telehealth');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('answers nothing once the site is turned off, whatever it cached', async () => {
    const compute = counted();
    expect((await cachedTriggers(URL_A, compute)).length).toBeGreaterThan(0);
    await sitesItem.setValue([]);
    expect(await cachedTriggers(URL_A, compute)).toEqual([]);
  });

  it('computes again after another change in extension storage (the policy state, say)', async () => {
    const compute = counted();
    await cachedTriggers(URL_A, compute);
    await fakeBrowser.storage.local.set({ 'policy-state': { builtinsOff: true } });
    await vi.waitFor(async () => {
      await cachedTriggers(URL_A, compute);
      expect(compute).toHaveBeenCalledTimes(2);
    });
  });
});

describe('the built-in packs as extension files', () => {
  it('are the same packs, in the same order, as prompts/builtin.ts', async () => {
    const read = (async (url: string) => {
      const file = new URL(url).pathname.replace(/^\/packs\//, '');
      return new Response(readFileSync(path.resolve('prompts', file)));
    }) as typeof fetch;
    expect(await loadBuiltins(read)).toEqual(builtinPacks);
  });
});
