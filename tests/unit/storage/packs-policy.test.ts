import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAlarm, scheduleRefresh, syncPolicy } from '../../../entrypoints/background/packs';
import { generateKeyPair, signPack } from '../../../prompts/signing';
import { db } from '../../../storage/db';
import { installPack, removePack, setPackEnabled } from '../../../storage/packs';
import { pinnedKeysItem } from '../../../storage/pinned-keys';
import { policyStateItem } from '../../../storage/policy-state';
import { sitesItem } from '../../../storage/settings';
import { trainerPack } from './pack-fixture';

const URL_PACK = 'https://packs.example.org/ward.json';
const urlPack = () => ({ ...trainerPack('2.0.0'), id: 'org.example.url-pack' });
let served = { body: JSON.stringify(urlPack()), etag: '"a"' };
const requests: (string | null)[] = [];

const fetchStub = vi.fn(async (_url: string, init?: RequestInit) => {
  const inm = new Headers(init?.headers).get('If-None-Match');
  requests.push(inm);
  if (inm === served.etag) return new Response(null, { status: 304 });
  return new Response(served.body, { status: 200, headers: { ETag: served.etag } });
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  served = { body: JSON.stringify(urlPack()), etag: '"a"' };
  requests.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined); // syncPolicy logs what it refused
  vi.stubGlobal('fetch', fetchStub);
  // The background's site registration, which fakeBrowser does not implement.
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(
      async ({ origins }: { origins: string[] }) => origins[0] === 'https://ehr.example.org/*',
    ),
  });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => undefined),
      updateContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => []),
    },
  });
  Object.assign(fakeBrowser.tabs, { query: vi.fn(async () => []) });
});

describe('the organisation policy (Chrome managed storage, faked)', () => {
  it('installs inline and URL packs locked, pins keys, enables granted sites and reports the rest', async () => {
    const trainer = await generateKeyPair();
    const inline = await signPack(trainerPack(), trainer);
    await fakeBrowser.storage.managed.set({
      packs: [JSON.stringify(inline)],
      packUrls: [URL_PACK, 'http://insecure.example.org/p.json'],
      pinnedKeys: [{ packId: 'org.example.ward-handover', publicKey: trainer.publicKey }],
      sites: ['https://ehr.example.org', 'https://not-granted.example.org'],
    });
    const errors = await syncPolicy();
    expect(errors).toEqual([
      expect.stringContaining('https://'),
      expect.stringContaining('site https://not-granted.example.org: Permission'),
    ]);
    const packs = await db.packs.where('source').equals('policy').sortBy('id');
    expect(packs.map((p) => [p.id, p.locked, p.enabled, p.url])).toEqual([
      ['org.example.url-pack', true, true, URL_PACK],
      ['org.example.ward-handover', true, true, undefined],
    ]);
    expect(await pinnedKeysItem.getValue()).toEqual([
      { packId: 'org.example.ward-handover', publicKey: trainer.publicKey, by: 'policy' },
    ]);
    expect(await sitesItem.getValue()).toEqual(['https://ehr.example.org']);
    expect(await policyStateItem.getValue()).toMatchObject({
      pendingSites: ['https://not-granted.example.org'],
    });

    // Locked: the user can neither remove, disable nor replace a policy pack.
    expect((await removePack('org.example.ward-handover')).ok).toBe(false);
    await expect(setPackEnabled('org.example.url-pack', false)).rejects.toThrow();
    expect((await installPack({ ...urlPack(), version: '3.0.0' }, 'file')).ok).toBe(false);
  });

  it('follows policy changes: a pack no longer listed is removed, a listed URL pack refreshes with its ETag', async () => {
    await fakeBrowser.storage.managed.set({
      packs: [JSON.stringify(trainerPack())],
      packUrls: [URL_PACK],
    });
    await syncPolicy();
    expect(requests).toEqual([null]);
    await fakeBrowser.storage.managed.set({ packs: [] });
    await syncPolicy();
    expect(requests).toEqual([null, '"a"']);
    expect((await db.packs.where('source').equals('policy').toArray()).map((p) => p.id)).toEqual([
      'org.example.url-pack',
    ]);
  });

  it('with no policy at all, does nothing', async () => {
    expect(await syncPolicy()).toEqual([]);
    expect(await db.packs.count()).toBe(0);
  });
});

describe('URL packs refresh daily with conditional requests', () => {
  it('schedules one daily alarm; 304 keeps the pack, 200 with a new version updates it', async () => {
    await scheduleRefresh();
    await scheduleRefresh();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toEqual([
      expect.objectContaining({ name: 'attune-pack-refresh', periodInMinutes: 1440 }),
    ]);

    const r = await installPack(served.body, 'url', { url: URL_PACK, etag: '"a"', now: 1 });
    expect(r.ok).toBe(true);
    await handleAlarm({ name: 'attune-pack-refresh' });
    expect(requests).toEqual(['"a"']);
    const kept = await db.packs.get('org.example.url-pack');
    expect(kept).toMatchObject({ version: '2.0.0', updatedAt: 1 });
    expect(kept?.lastError).toBeUndefined();
    expect(kept?.lastChecked).toBeGreaterThan(1);

    served = { body: JSON.stringify({ ...urlPack(), version: '2.1.0' }), etag: '"b"' };
    await handleAlarm({ name: 'attune-pack-refresh' });
    expect(await db.packs.get('org.example.url-pack')).toMatchObject({
      version: '2.1.0',
      etag: '"b"',
    });

    served = { body: JSON.stringify({ ...urlPack(), version: '1.0.0' }), etag: '"c"' };
    await handleAlarm({ name: 'attune-pack-refresh' });
    expect(await db.packs.get('org.example.url-pack')).toMatchObject({
      version: '2.1.0',
      lastError: expect.stringContaining('downgrade'),
    });
  });
});

describe('policy wins over the user’s own pack of the same id', () => {
  const ID = 'org.example.ward-handover';

  it('replaces a user file pack of a higher version, keeps it aside, and gives it back when the policy drops the pack', async () => {
    expect((await installPack(trainerPack('5.0.0'), 'file', { now: 1 })).ok).toBe(true);
    await setPackEnabled(ID, false); // the user's own choice, to be found again
    await fakeBrowser.storage.managed.set({ packs: [JSON.stringify(trainerPack('1.0.0'))] });
    expect(await syncPolicy()).toEqual([]);

    const row = await db.packs.get(ID);
    expect(row).toMatchObject({ source: 'policy', version: '1.0.0', locked: true, enabled: true });
    expect(row?.userCopy).toMatchObject({ source: 'file', version: '5.0.0', enabled: false });
    expect((await removePack(ID)).ok).toBe(false);
    await expect(setPackEnabled(ID, false)).rejects.toThrow(/organisation/);
    expect((await installPack(trainerPack('6.0.0'), 'file')).ok).toBe(false);

    await fakeBrowser.storage.managed.set({ packs: [] });
    await syncPolicy();
    expect(await db.packs.get(ID)).toMatchObject({
      source: 'file',
      version: '5.0.0',
      enabled: false,
      locked: false,
      installedAt: 1,
    });
  });

  it('replaces a user pack of the same version with different content', async () => {
    await installPack({ ...trainerPack('1.0.0'), name: 'My own handover' }, 'file');
    await fakeBrowser.storage.managed.set({ packs: [JSON.stringify(trainerPack('1.0.0'))] });
    expect(await syncPolicy()).toEqual([]);
    expect(await db.packs.get(ID)).toMatchObject({
      source: 'policy',
      pack: { name: 'Ward handover' },
      userCopy: { pack: { name: 'My own handover' } },
    });
  });

  it("an inline policy pack that replaces a user's URL pack does not keep that URL: the daily refresh never asks it", async () => {
    const userUrl = 'https://user.example.org/ward.json';
    served = { body: JSON.stringify(trainerPack('1.0.0')), etag: '"u"' };
    expect((await installPack(served.body, 'url', { url: userUrl, etag: '"u"' })).ok).toBe(true);
    await fakeBrowser.storage.managed.set({ packs: [JSON.stringify(trainerPack('1.0.0'))] });
    await syncPolicy();
    const row = await db.packs.get(ID);
    expect(row).toMatchObject({ source: 'policy', locked: true });
    expect(row?.url).toBeUndefined();
    expect(row?.etag).toBeUndefined();
    expect(row?.userCopy).toMatchObject({ source: 'url', url: userUrl });

    // What the user's server serves next is not the organisation's pack.
    served = {
      body: JSON.stringify({ ...trainerPack('9.0.0'), name: 'User-served' }),
      etag: '"x"',
    };
    fetchStub.mockClear();
    await handleAlarm({ name: 'attune-pack-refresh' });
    expect(fetchStub).not.toHaveBeenCalled();
    expect(await db.packs.get(ID)).toMatchObject({
      version: '1.0.0',
      pack: { name: 'Ward handover' },
    });
  });
});
