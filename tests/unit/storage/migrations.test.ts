import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AttuneDb } from '../../../storage/db';
import { summarize } from '../../../storage/week-summary';
import type { Encounter } from '../../../utils/domain';

const NAME = 'attune-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

// The v1 schema exactly as released; never change it, add a block for each later version.
const V1 = {
  encounters: 'id, at, kind',
  packs: 'id, source',
  events: '++id, at, type, promptId, momentId',
};

// The v2 schema exactly as released.
const V2 = { ...V1, encounters: 'id, at, kind, [kind+at]', variants: 'promptId' };

const encounters: Encounter[] = [
  {
    id: 'a',
    at: 1000,
    kind: 'results',
    ratings: { x: 4 },
    checklist: ['c'],
    promptsUsed: ['p'],
    note: 'n',
    packVersions: { k: '1.0.0' },
  },
  {
    id: 'b',
    at: 2000,
    kind: 'discharge',
    ratings: {},
    checklist: [],
    promptsUsed: [],
    note: '',
    packVersions: {},
  },
];
const pack = {
  id: 'org.test.pack',
  version: '1.0.0',
  source: 'file',
  enabled: true,
  installedAt: 1,
  updatedAt: 1,
  pack: { id: 'org.test.pack' },
};
const event = {
  at: 5,
  type: 'used',
  promptId: 'p',
  packId: 'k',
  momentId: 'results',
  origin: 'https://ehr.test',
};

describe('migrations', () => {
  it('opens a v1 database with the current schema and finds every row intact', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores(V1);
    await v1.table('encounters').bulkAdd(encounters);
    await v1.table('packs').add(pack);
    await v1.table('events').add(event);
    v1.close();

    const current = new AttuneDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect(await current.encounters.orderBy('at').toArray()).toEqual(encounters);
    expect(await current.packs.toArray()).toEqual([pack]);
    expect(await current.events.toArray()).toEqual([{ ...event, id: 1 }]);
    // The v2 index answers a kind-and-date query, and the new table is there and empty.
    expect(
      await current.encounters
        .where('[kind+at]')
        .between(['results', 0], ['results', 5000])
        .count(),
    ).toBe(1);
    expect(await current.variants.count()).toBe(0);
    current.close();
  });

  it('fills list fields a v1 row lacked, keeping everything else', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores(V1);
    await v1.table('encounters').add({ id: 'old', at: 1, kind: 'other', ratings: { x: 2 } });
    v1.close();

    const current = new AttuneDb(NAME);
    expect(await current.encounters.get('old')).toEqual({
      id: 'old',
      at: 1,
      kind: 'other',
      ratings: { x: 2 },
      checklist: [],
      promptsUsed: [],
      packVersions: {},
      note: '',
    });
    current.close();
  });

  it('builds the week summaries from every row when a v1 or v2 database upgrades', async () => {
    const rows: Encounter[] = [
      ...encounters,
      {
        ...(encounters[0] as Encounter),
        id: 'c',
        at: 1000 + 9 * 86_400_000,
        ratings: { x: 2, y: 5 },
        checklist: ['c', 'd'],
        promptsUsed: ['p', 'p'],
      },
    ];
    for (const [version, schema] of [
      [1, V1],
      [2, V2],
    ] as const) {
      const old = new Dexie(NAME);
      old.version(version).stores(schema);
      await old.table('encounters').bulkAdd(rows);
      old.close();

      const current = new AttuneDb(NAME);
      await current.open();
      expect(await current.encounters.orderBy('at').toArray()).toEqual(rows);
      const weeks = await current.weeks.orderBy('week').toArray();
      expect(weeks).toEqual(summarize(rows));
      expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(3);
      expect(weeks.flatMap((w) => Object.entries(w.ratings))).toContainEqual(['x', [4, 1]]);
      current.close();
      await Dexie.delete(NAME);
    }
  });
});
