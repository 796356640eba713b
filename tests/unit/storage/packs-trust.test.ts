import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAlarm } from '../../../entrypoints/background/packs';
import { fingerprint, generateKeyPair, signPack } from '../../../prompts/signing';
import { db } from '../../../storage/db';
import { installPack, removePack } from '../../../storage/packs';
import { forgetKeys, pinnedKeysItem, setPolicyKeys } from '../../../storage/pinned-keys';
import { applyPolicy, readPolicy } from '../../../storage/sources/policy';
import { trainerPack } from './pack-fixture';

const ID = 'org.example.ward-handover';
const signed = async (version: string, keys: { publicKey: string; privateKey: string }) =>
  JSON.stringify(await signPack(trainerPack(version), keys));
const unsigned = (version: string) => JSON.stringify(trainerPack(version));
const message = (r: Awaited<ReturnType<typeof installPack>>) =>
  r.ok ? '' : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n');

let served = '';
const fetchStub = vi.fn(async () => new Response(served, { status: 200 }));

beforeEach(async () => {
  await db.delete();
  await db.open();
  fetchStub.mockClear();
  vi.stubGlobal('fetch', fetchStub);
});

describe('trust on first use: the first signed version pins its key', () => {
  it('refuses an update with its signature stripped, naming the pack, the version and the pinned key', async () => {
    const trainer = await generateKeyPair();
    expect((await installPack(await signed('1.0.0', trainer), 'file')).ok).toBe(true);
    expect(await pinnedKeysItem.getValue()).toEqual([
      { packId: ID, publicKey: trainer.publicKey, by: 'first-use' },
    ]);

    const r = await installPack(unsigned('1.1.0'), 'file');
    expect(r.ok).toBe(false);
    const text = message(r);
    expect(text).toContain('/signature: “Ward handover” 1.1.0 is not signed');
    expect(text).toContain(
      `key ${await fingerprint(trainer.publicKey)}, which signed its earlier versions`,
    );
    expect(text).toContain('Forget the key');
    expect((await db.packs.get(ID))?.version).toBe('1.0.0');
  });

  it('refuses an update re-signed with another key, naming both keys; forgetting the key lets it in and pins the new one', async () => {
    const trainer = await generateKeyPair();
    const stranger = await generateKeyPair();
    await installPack(await signed('1.0.0', trainer), 'file');

    const r = await installPack(await signed('1.1.0', stranger), 'file');
    const text = message(r);
    expect(text).toContain(
      `“Ward handover” 1.1.0 is signed with key ${await fingerprint(stranger.publicKey)}`,
    );
    expect(text).toContain(`must be signed with key ${await fingerprint(trainer.publicKey)}`);
    expect((await db.packs.get(ID))?.version).toBe('1.0.0');

    await forgetKeys(ID);
    expect(await installPack(await signed('1.1.0', stranger), 'file')).toMatchObject({
      ok: true,
      status: 'updated',
    });
    expect(await pinnedKeysItem.getValue()).toEqual([
      { packId: ID, publicKey: stranger.publicKey, by: 'first-use' },
    ]);
    expect((await installPack(await signed('1.2.0', trainer), 'file')).ok).toBe(false);
  });

  it('an unsigned pack pins nothing; its first signed version does, and later ones must follow', async () => {
    const trainer = await generateKeyPair();
    await installPack(unsigned('1.0.0'), 'file');
    expect(await pinnedKeysItem.getValue()).toEqual([]);
    expect((await installPack(await signed('1.1.0', trainer), 'file')).ok).toBe(true);
    expect((await installPack(unsigned('1.2.0'), 'file')).ok).toBe(false);
    expect((await installPack(await signed('1.2.0', trainer), 'file')).ok).toBe(true);
  });

  it('removing a pack forgets its pin: installing that id again is a first use', async () => {
    await installPack(await signed('1.0.0', await generateKeyPair()), 'file');
    expect((await removePack(ID)).ok).toBe(true);
    expect(await pinnedKeysItem.getValue()).toEqual([]);
    expect((await installPack(await signed('1.0.0', await generateKeyPair()), 'file')).ok).toBe(
      true,
    );
  });

  it('a daily refresh of a URL pack refuses a stripped signature and says why beside the pack', async () => {
    const trainer = await generateKeyPair();
    const url = 'https://packs.example.org/ward.json';
    await installPack(await signed('1.0.0', trainer), 'url', { url });
    served = unsigned('1.1.0');
    await handleAlarm({ name: 'attune-pack-refresh' });
    expect(fetchStub).toHaveBeenCalledTimes(1);
    expect(await db.packs.get(ID)).toMatchObject({
      version: '1.0.0',
      lastError: expect.stringContaining('“Ward handover” 1.1.0 is not signed'),
    });
  });
});

describe('the policy changes a pin, and its own pins win', () => {
  it('a key the policy pins lets in a pack the first-use pin would refuse, and the pin follows it', async () => {
    const old = await generateKeyPair();
    const rotated = await generateKeyPair();
    await installPack(await signed('1.0.0', old), 'file');
    await setPolicyKeys([{ packId: ID, publicKey: rotated.publicKey }]);

    const refused = message(await installPack(await signed('1.1.0', old), 'file'));
    expect(refused).toContain('which your organisation pinned');
    expect(refused).toContain("Only your organisation's policy can change the key");
    expect((await installPack(await signed('1.1.0', rotated), 'file')).ok).toBe(true);
    expect(await pinnedKeysItem.getValue()).toEqual(
      expect.arrayContaining([{ packId: ID, publicKey: rotated.publicKey, by: 'first-use' }]),
    );

    // The policy lets go of the pin: the user's own pin (now the rotated key) still holds.
    await setPolicyKeys([]);
    expect((await installPack(await signed('1.2.0', old), 'file')).ok).toBe(false);
  });

  it("a policy URL pack keeps its own first-use pin, which the user's Forget cannot lift", async () => {
    const trainer = await generateKeyPair();
    const url = 'https://packs.example.org/ward.json';
    served = await signed('1.0.0', trainer);
    await applyPolicy(readPolicy({ packUrls: [url] }), 1, fetch);
    expect(await pinnedKeysItem.getValue()).toEqual([
      { packId: ID, publicKey: trainer.publicKey, by: 'policy-first-use' },
    ]);
    await forgetKeys(ID); // what the user's button does: the policy's pack is not theirs to unpin
    served = unsigned('1.1.0');
    await handleAlarm({ name: 'attune-pack-refresh' });
    expect(await db.packs.get(ID)).toMatchObject({
      version: '1.0.0',
      source: 'policy',
      lastError: expect.stringContaining("Only your organisation's policy can change the key"),
    });
  });

  it('an inline policy pack answers to the policy alone (the policy is what the admin signs off)', async () => {
    const trainer = await generateKeyPair();
    const policy = (doc: string) => readPolicy({ packs: [doc] });
    expect((await applyPolicy(policy(await signed('1.0.0', trainer)), 1)).errors).toEqual([]);
    expect((await applyPolicy(policy(unsigned('1.1.0')), 2)).errors).toEqual([]);
    expect((await db.packs.get(ID))?.version).toBe('1.1.0');
  });
});
