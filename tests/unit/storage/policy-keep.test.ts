// The policy's packs keep their last good version: a new address that fails its first download,
// or a managed storage read that comes back empty once, takes no pack and no pin away.
import { beforeEach, expect, it, vi } from 'vitest';
import { generateKeyPair, signPack } from '../../../prompts/signing';
import { db } from '../../../storage/db';
import { pinnedKeysItem } from '../../../storage/pinned-keys';
import { applyPolicy, readPolicy } from '../../../storage/sources/policy';
import { trainerPack } from './pack-fixture';

const ID = 'org.example.ward-handover';
const OLD = 'https://packs.example.org/ward.json';
const NEW = 'https://new.example.org/ward.json';
let body = '';
const fetchStub = vi.fn(async (url: string) =>
  url === OLD ? new Response(body, { status: 200 }) : new Response('gone', { status: 503 }),
);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function installedFromPolicy() {
  const trainer = await generateKeyPair();
  body = JSON.stringify(await signPack(trainerPack('1.0.0'), trainer));
  const first = await applyPolicy(readPolicy({ packUrls: [OLD] }), 1, fetchStub as typeof fetch);
  expect(first.installed).toEqual([ID]);
  return trainer.publicKey;
}

const pin = (publicKey: string) => ({ packId: ID, publicKey, by: 'policy-first-use' });

it("a pack's new address that fails its first download keeps the installed version and its pin", async () => {
  const key = await installedFromPolicy();
  const moved = await applyPolicy(readPolicy({ packUrls: [NEW] }), 2, fetchStub as typeof fetch);
  expect(moved.errors).toHaveLength(1);
  expect(moved.removed).toEqual([]);
  expect(await db.packs.get(ID)).toMatchObject({ version: '1.0.0', source: 'policy', url: OLD });
  expect(await pinnedKeysItem.getValue()).toEqual([pin(key)]);
});

it('an empty policy read once removes nothing; read again, the policy is taken as withdrawn', async () => {
  const key = await installedFromPolicy();
  const once = await applyPolicy(readPolicy({}), 2, fetchStub as typeof fetch);
  expect(once.removed).toEqual([]);
  expect((await db.packs.get(ID))?.version).toBe('1.0.0');
  expect(await pinnedKeysItem.getValue()).toEqual([pin(key)]);

  const twice = await applyPolicy(readPolicy({}), 3, fetchStub as typeof fetch);
  expect(twice.removed).toEqual([ID]);
  expect(await db.packs.get(ID)).toBeUndefined();
});

it('a policy that loads after an empty read keeps its packs', async () => {
  await installedFromPolicy();
  await applyPolicy(readPolicy({}), 2, fetchStub as typeof fetch);
  await applyPolicy(readPolicy({ packUrls: [OLD] }), 3, fetchStub as typeof fetch);
  // The next empty read is again a first one.
  expect((await applyPolicy(readPolicy({}), 4, fetchStub as typeof fetch)).removed).toEqual([]);
  expect((await db.packs.get(ID))?.version).toBe('1.0.0');
});
