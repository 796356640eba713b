import { beforeEach, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../prompts/builtin';
import { activePacks } from '../../../storage/active-packs';
import { db } from '../../../storage/db';
import { addEncounter, deleteEncounter } from '../../../storage/encounters';
import { eventsSince, recordEvent } from '../../../storage/events';
import { installBuiltins, listPacks, setPackEnabled } from '../../../storage/packs';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const draft = {
  kind: 'results',
  ratings: { 'let-finish': 4 },
  checklist: ['eye-level'],
  promptsUsed: [],
  note: '',
  packVersions: {},
};

describe('encounters', () => {
  it('saves and deletes', async () => {
    const older = await addEncounter({ ...draft, at: 1000 });
    const newer = await addEncounter({ ...draft, kind: 'discharge', at: 2000 });
    expect((await db.encounters.orderBy('at').toArray()).map((e) => e.id)).toEqual([
      older.id,
      newer.id,
    ]);
    expect(newer.id).not.toBe(older.id);
    await deleteEncounter(older.id);
    expect(await db.encounters.toArray()).toEqual([newer]);
  });
});

describe('events', () => {
  it('records events and reads those since a time', async () => {
    const base = { promptId: 'p', packId: 'k', momentId: 'm', origin: 'https://ehr.test' };
    await recordEvent({ ...base, type: 'shown', at: 10 });
    await recordEvent({ ...base, type: 'used', at: 20 });
    expect((await eventsSince(15)).map((e) => e.type)).toEqual(['used']);
  });
});

describe('packs', () => {
  it('installs the built-in packs once, keeps a user choice across re-install', async () => {
    await installBuiltins(builtinPacks, 1);
    const first = builtinPacks[0];
    if (!first) throw new Error('no built-in pack');
    expect((await listPacks()).map((p) => p.id).sort()).toEqual(
      builtinPacks.map((p) => p.id).sort(),
    );
    await setPackEnabled(first.id, false);
    await installBuiltins(builtinPacks, 2);
    expect((await activePacks()).map((p) => p.id)).not.toContain(first.id);
    expect((await db.packs.get(first.id))?.updatedAt).toBe(1);
  });

  it('updates a built-in pack whose version changed', async () => {
    await installBuiltins(builtinPacks, 1);
    const first = builtinPacks[0];
    if (!first) throw new Error('no built-in pack');
    await installBuiltins([{ ...first, version: '99.0.0' }], 5);
    const stored = await db.packs.get(first.id);
    expect(stored?.version).toBe('99.0.0');
    expect(stored?.installedAt).toBe(1);
    expect(stored?.updatedAt).toBe(5);
  });
});
