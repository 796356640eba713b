import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../prompts/canonical';
import { keygenCommand, type SignIO, signCommand, verifyCommand } from '../../../prompts/cli/sign';
import {
  fingerprint,
  generateKeyPair,
  signedBytes,
  signPack,
  verifyPack,
} from '../../../prompts/signing';
import { validatePack } from '../../../prompts/validate';
import { db } from '../../../storage/db';
import { installPack } from '../../../storage/packs';
import { pinKey, setPolicyKeys } from '../../../storage/pinned-keys';
import { trainerPack } from '../storage/pack-fixture';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops whitespace, keeps array order', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 'é' }], a: null })).toBe(
      '{"a":null,"b":[3,{"a":"é","z":1}]}',
    );
  });

  it('signs the document without its signature field', () => {
    const doc = { b: 1, signature: { any: 'thing' }, a: 2 };
    expect(new TextDecoder().decode(signedBytes(doc))).toBe('{"a":2,"b":1}');
  });
});

describe('Ed25519 signatures', () => {
  it('a signed pack verifies, also after re-formatting and key re-ordering', async () => {
    const keys = await generateKeyPair();
    const signed = await signPack(trainerPack(), keys);
    expect(await verifyPack(signed)).toEqual({ status: 'valid', publicKey: keys.publicKey });
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(signed).reverse()), null, 4),
    );
    expect((await verifyPack(reordered)).status).toBe('valid');
  });

  it('any change after signing, or a forged key, makes it invalid', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const signed = (await signPack(trainerPack(), keys)) as Record<string, any>;
    const tampered = structuredClone(signed);
    tampered.prompts[0].text = 'Something else entirely.';
    expect((await verifyPack(tampered)).status).toBe('invalid');
    const forged = { ...signed, signature: { ...signed.signature, publicKey: other.publicKey } };
    expect((await verifyPack(forged)).status).toBe('invalid');
    expect((await verifyPack({ ...signed, signature: 'abc' })).status).toBe('invalid');
    expect(
      (await verifyPack({ ...signed, signature: { ...signed.signature, value: '!!' } })).status,
    ).toBe('invalid');
    expect(await verifyPack(trainerPack())).toEqual({ status: 'unsigned' });
  });

  it('fingerprints are short, stable and differ between keys', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    expect(await fingerprint(a.publicKey)).toMatch(/^([0-9a-f]{2}:){7}[0-9a-f]{2}$/);
    expect(await fingerprint(a.publicKey)).toBe(await fingerprint(a.publicKey));
    expect(await fingerprint(a.publicKey)).not.toBe(await fingerprint(b.publicKey));
  });
});

describe('the pack format and signatures', () => {
  it('accepts a signed pack as valid (so `pack check` passes it) and rejects a malformed signature by path', async () => {
    const signed = (await signPack(trainerPack(), await generateKeyPair())) as Record<string, any>;
    expect(validatePack(signed).ok).toBe(true);
    const bad = validatePack({ ...signed, signature: { ...signed.signature, alg: 'RSA' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toContain('/signature/alg');
  });
});

describe('installPack and signatures', () => {
  it('installs a signed pack and records its signer; refuses a tampered one at /signature', async () => {
    const keys = await generateKeyPair();
    const signed = (await signPack(trainerPack(), keys)) as Record<string, any>;
    const tampered = structuredClone(signed);
    tampered.name = 'Changed';
    const bad = await installPack(JSON.stringify(tampered), 'file');
    expect(bad).toMatchObject({
      ok: false,
      problems: [{ path: '/signature', message: expect.stringContaining('changed after signing') }],
    });
    expect(await db.packs.count()).toBe(0);
    expect(await installPack(JSON.stringify(signed), 'file')).toMatchObject({
      ok: true,
      pack: { signedBy: keys.publicKey },
    });
  });

  it('once the user pins a key, unsigned and wrongly signed updates are refused with a clear message', async () => {
    const trainer = await generateKeyPair();
    const stranger = await generateKeyPair();
    await pinKey('org.example.ward-handover', trainer.publicKey);
    await installPack(await signPack(trainerPack('1.0.0'), trainer), 'file');

    const unsigned = await installPack(JSON.stringify(trainerPack('1.1.0')), 'file');
    expect(unsigned).toMatchObject({
      ok: false,
      problems: [{ path: '/signature', message: expect.stringContaining('1.1.0 is not signed') }],
    });
    const wrong = await installPack(await signPack(trainerPack('1.1.0'), stranger), 'file');
    expect(wrong).toMatchObject({
      ok: false,
      problems: [{ path: '/signature', message: expect.stringContaining('which you pinned') }],
    });
    expect((await db.packs.get('org.example.ward-handover'))?.version).toBe('1.0.0');

    const good = await installPack(await signPack(trainerPack('1.1.0'), trainer), 'file');
    expect(good).toMatchObject({ ok: true, status: 'updated' });
  });

  it('a key pinned by the policy protects a pack before it is ever installed', async () => {
    const trainer = await generateKeyPair();
    await setPolicyKeys([{ packId: 'org.example.ward-handover', publicKey: trainer.publicKey }]);
    expect((await installPack(trainerPack(), 'file')).ok).toBe(false);
    expect((await installPack(await signPack(trainerPack(), trainer), 'file')).ok).toBe(true);
  });
});

function memoryIO(files: Record<string, string>): SignIO {
  return {
    read: (f) => {
      const t = files[f];
      if (t === undefined) throw new Error(`ENOENT: ${f}`);
      return t;
    },
    write: (f, t) => {
      files[f] = t;
    },
    replace: (f, t) => {
      files[f] = t;
    },
    exists: (f) => f in files,
  };
}

describe('pack CLI: keygen, sign, verify', () => {
  it('signs a pack in place, verifies it, and refuses a tampered copy or another key', async () => {
    const files: Record<string, string> = { 'ward.json': JSON.stringify(trainerPack()) };
    const io = memoryIO(files);
    expect((await keygenCommand(['me.key'], io)).code).toBe(0);
    expect((await keygenCommand(['me.key'], io)).code).toBe(2);
    expect((await keygenCommand(['other.key'], io)).code).toBe(0);
    const signed = await signCommand(['ward.json', '--key', 'me.key'], io);
    expect(signed).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^ward\.json: signed by /)],
    });

    expect((await verifyCommand(['ward.json'], io)).code).toBe(0);
    expect((await verifyCommand(['ward.json', '--key', 'me.key'], io)).code).toBe(0);
    const wrongKey = await verifyCommand(['ward.json', '--key', 'other.key'], io);
    expect(wrongKey).toMatchObject({
      code: 1,
      out: [expect.stringContaining('ward.json: /signature: is valid but by key')],
    });

    files['tampered.json'] = files['ward.json']!.replace('Ward handover', 'Ward handover!');
    const tampered = await verifyCommand(['tampered.json'], io);
    expect(tampered).toMatchObject({
      code: 1,
      out: [expect.stringContaining('tampered.json: /signature: does not match')],
    });
    files['plain.json'] = JSON.stringify(trainerPack());
    expect((await verifyCommand(['plain.json'], io)).out).toEqual([
      'plain.json: /signature: is missing: the pack is not signed',
    ]);
  });

  it('will not sign an invalid pack', async () => {
    const doc = trainerPack();
    doc.version = 'latest';
    const io = memoryIO({ 'bad.json': JSON.stringify(doc) });
    await keygenCommand(['me.key'], io);
    const r = await signCommand(['bad.json', '--key', 'me.key'], io);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json: /version: must be a semantic version, e.g. "1.0.0"');
  });
});
