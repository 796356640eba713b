// Pin writes under concurrency, and the user's own pin against the policy's.
import { beforeEach, expect, it } from 'vitest';
import { generateKeyPair, signPack } from '../../../prompts/signing';
import { db } from '../../../storage/db';
import { installPack } from '../../../storage/packs';
import {
  forgetKeys,
  pinKey,
  pinnedKeysItem,
  rememberSigner,
  setPolicyKeys,
} from '../../../storage/pinned-keys';
import { trainerPack } from './pack-fixture';

const ID = 'org.example.ward-handover';
const signed = async (version: string, keys: { publicKey: string; privateKey: string }) =>
  JSON.stringify(await signPack(trainerPack(version), keys));

beforeEach(async () => {
  await db.delete();
  await db.open();
});

it('two first uses at once both keep their pin', async () => {
  await Promise.all([
    rememberSigner('org.example.a', 'user', 'KA'),
    rememberSigner('org.example.b', 'user', 'KB'),
    pinKey('org.example.c', 'KC'),
    setPolicyKeys([{ packId: 'org.example.d', publicKey: 'KD' }]),
  ]);
  expect(await pinnedKeysItem.getValue()).toEqual(
    expect.arrayContaining([
      { packId: 'org.example.a', publicKey: 'KA', by: 'first-use' },
      { packId: 'org.example.b', publicKey: 'KB', by: 'first-use' },
      { packId: 'org.example.c', publicKey: 'KC', by: 'user' },
      { packId: 'org.example.d', publicKey: 'KD', by: 'policy' },
    ]),
  );
  await Promise.all([forgetKeys('org.example.a'), forgetKeys('org.example.b')]);
  expect((await pinnedKeysItem.getValue()).map((k) => k.packId).sort()).toEqual([
    'org.example.c',
    'org.example.d',
  ]);
});

it("a key the policy pins never replaces the user's own pin, which holds again once the policy lets go", async () => {
  const mine = await generateKeyPair();
  const org = await generateKeyPair();
  await installPack(await signed('1.0.0', mine), 'file');
  // The user's own "Pin this key" (Forget first: the first-use pin already holds that key).
  await forgetKeys(ID);
  await pinKey(ID, mine.publicKey);
  await setPolicyKeys([{ packId: ID, publicKey: org.publicKey }]);
  expect((await installPack(await signed('1.1.0', org), 'file')).ok).toBe(true);
  expect(await pinnedKeysItem.getValue()).toContainEqual({
    packId: ID,
    publicKey: mine.publicKey,
    by: 'user',
  });

  await setPolicyKeys([]);
  expect((await installPack(await signed('1.2.0', org), 'file')).ok).toBe(false);
  expect((await installPack(await signed('1.2.0', mine), 'file')).ok).toBe(true);
});
