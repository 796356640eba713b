import { beforeEach, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../prompts/builtin';
import { db } from '../../../storage/db';
import { recordEvent } from '../../../storage/events';
import {
  installBuiltins,
  installPack,
  listPacks,
  removePack,
  setPackEnabled,
} from '../../../storage/packs';
import { trainerPack } from './pack-fixture';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const ok = async (input: unknown) => {
  const r = await installPack(input, 'file', { now: 100 });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('installPack', () => {
  it('installs a valid pack from JSON text or data, enabled, with defaults filled in', async () => {
    const r = await ok(JSON.stringify(trainerPack()));
    expect(r.status).toBe('installed');
    expect(r.pack).toMatchObject({
      id: 'org.example.ward-handover',
      version: '1.0.0',
      source: 'file',
      enabled: true,
      locked: false,
    });
    expect(r.pack.pack.ratingItems).toEqual([]);
    expect((await listPacks()).map((p) => p.id)).toEqual(['org.example.ward-handover']);
  });

  it('reports every problem by its path and writes nothing', async () => {
    const bad = trainerPack();
    bad.version = 'one';
    (bad.prompts as Record<string, unknown>[])[1]!.kind = 'lecture';
    const r = await installPack(bad, 'file');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/version', '/prompts/1/kind']),
    );
    expect(await db.packs.count()).toBe(0);
  });

  it('reports unreadable JSON at the root', async () => {
    const r = await installPack('{"format": 1,', 'file');
    expect(r).toMatchObject({ ok: false, problems: [{ path: '' }] });
  });

  it('is idempotent for the same id and version', async () => {
    const first = await ok(trainerPack());
    const again = await installPack(trainerPack(), 'file', { now: 999 });
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect(await db.packs.get(first.pack.id)).toEqual(first.pack);
  });

  it('refuses the same version with different content', async () => {
    await ok(trainerPack());
    const changed = trainerPack();
    changed.name = 'Renamed';
    expect(await installPack(changed, 'file')).toMatchObject({
      ok: false,
      problems: [{ path: '/version' }],
    });
  });

  it('refuses a downgrade and keeps the newer version', async () => {
    await ok(trainerPack('2.0.0'));
    const r = await installPack(trainerPack('1.9.9'), 'file');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ path: '/version', message: expect.stringContaining('downgrade') }],
    });
    expect((await db.packs.get('org.example.ward-handover'))?.version).toBe('2.0.0');
  });

  it('updates to a newer version, keeping the enabled choice and every prompt event', async () => {
    await ok(trainerPack('1.0.0', ['name-it', 'pause']));
    await setPackEnabled('org.example.ward-handover', false);
    const base = {
      packId: 'org.example.ward-handover',
      momentId: 'handover',
      origin: 'https://ehr.test',
    };
    await recordEvent({ ...base, promptId: 'name-it', type: 'used', at: 1 });
    await recordEvent({ ...base, promptId: 'pause', type: 'shown', at: 2 });
    const r = await installPack(trainerPack('1.1.0', ['name-it', 'ask-first']), 'file', {
      now: 200,
    });
    expect(r).toMatchObject({
      ok: true,
      status: 'updated',
      pack: { version: '1.1.0', enabled: false, installedAt: 100, updatedAt: 200 },
    });
    expect(await db.events.where('promptId').equals('name-it').count()).toBe(1);
    expect(await db.events.count()).toBe(2);
  });

  it('will not take over a built-in pack id', async () => {
    await installBuiltins(builtinPacks);
    const builtin = builtinPacks[0]!;
    const doc = { ...trainerPack('99.0.0'), id: builtin.id };
    expect(await installPack(doc, 'file')).toMatchObject({
      ok: false,
      problems: [{ path: '/id' }],
    });
    expect((await db.packs.get(builtin.id))?.version).toBe(builtin.version);
  });
});

describe('policy packs are locked', () => {
  it('cannot be removed, disabled or replaced by the user; the policy can remove them', async () => {
    const r = await installPack(trainerPack(), 'policy');
    expect(r).toMatchObject({ ok: true, pack: { locked: true, enabled: true } });
    expect(await removePack('org.example.ward-handover')).toMatchObject({ ok: false });
    await expect(setPackEnabled('org.example.ward-handover', false)).rejects.toThrow(
      /organisation/,
    );
    expect(await installPack(trainerPack('2.0.0'), 'file')).toMatchObject({
      ok: false,
      problems: [{ path: '/id' }],
    });
    expect(await removePack('org.example.ward-handover', { byPolicy: true })).toEqual({ ok: true });
    expect(await db.packs.count()).toBe(0);
  });

  it('a user pack is removable, a built-in one is not', async () => {
    await installBuiltins(builtinPacks);
    await ok(trainerPack());
    expect(await removePack('org.example.ward-handover')).toEqual({ ok: true });
    expect(await removePack(builtinPacks[0]!.id)).toMatchObject({ ok: false });
  });
});
