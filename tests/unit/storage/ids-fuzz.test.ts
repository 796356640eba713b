// Ids are data, not property names: every kind of id named like an object property (moment,
// prompt, rating item, checklist item, pack) goes through install, encounter save, the weekly
// totals, the trends, the exports and a backup round trip, and comes out with its value intact.
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { encounterOptions } from '../../../components/encounter-options';
import { activePacks } from '../../../storage/active-packs';
import { importBackup, makeBackup, parseBackup } from '../../../storage/backup';
import { db } from '../../../storage/db';
import { addEncounter, deleteAllData } from '../../../storage/encounters';
import {
  coachSummaryCsv,
  csvBuilder,
  encountersCsv,
  ratingColumns,
} from '../../../storage/exports';
import { installPack } from '../../../storage/packs';
import { checklistTotals, kindCounts, promptCounts, weeklySeries } from '../../../storage/trends';
import { weeksSince } from '../../../storage/weeks';
import type { Encounter } from '../../../utils/domain';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'] as const;
const KINDS = ['moment', 'prompt', 'rating item', 'checklist item', 'pack'] as const;
type Kind = (typeof KINDS)[number];
/** docs/packs.md: lower-case words joined by hyphens; a pack id is reverse-DNS (has a dot). */
const allowed = (kind: Kind, name: string) =>
  kind !== 'pack' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name);

const NOW = new Date(2025, 0, 15, 12).getTime();
const steps = { source: 'Synthetic source, 2025', framework: 'NURSE', seconds: 6 };

/** A valid synthetic pack whose id of one kind is `name`. */
function packWith(kind: Kind, name: string) {
  const id = (k: Kind, usual: string) => (k === kind ? name : usual);
  const moment = id('moment', 'handover');
  return {
    format: 1,
    id: id('pack', 'org.example.ward-handover'),
    version: '1.0.0',
    name: 'Ward handover',
    description: 'Prompts for the nursing handover.',
    author: { name: 'A. Trainer' },
    licence: 'CC-BY-4.0',
    locale: 'en-GB',
    moments: [{ id: moment, name: 'Handover', triggers: { keywords: ['nursing handover'] } }],
    prompts: [
      {
        ...steps,
        id: id('prompt', 'name-it'),
        kind: 'script',
        title: 'Name it',
        text: 'It sounds like today has been a lot.',
        component: 'empathy-emotion-regulation',
        moments: [moment],
      },
      {
        ...steps,
        id: 'listen',
        kind: 'checklist',
        title: 'Listen',
        text: 'Tick what you did.',
        items: [{ id: id('checklist item', 'eye-level'), text: 'Sat at eye level' }],
        component: 'communication-skills',
        moments: [moment],
      },
    ],
    ratingItems: [{ id: id('rating item', 'let-finish'), text: 'I let them finish' }],
  };
}

/** The value stored under `key` itself (an inherited one is not the journal's). */
const ownValue = (o: object, key: string): unknown =>
  Object.getOwnPropertyDescriptor(o, key)?.value;

/** One encounter's ids, each of which may be any string. */
interface Ids {
  kind: string;
  rating: string;
  tick: string;
  prompt: string;
  pack: string;
}

/** Saves an encounter under these ids and checks every place its values come out again. */
async function journey(ids: Ids, value: number): Promise<void> {
  const e = await addEncounter({
    at: NOW - 3_600_000,
    kind: ids.kind,
    // As the popup builds them: computed keys, own properties whatever their name.
    ratings: { [ids.rating]: value },
    checklist: [ids.tick],
    promptsUsed: [ids.prompt],
    note: 'Synthetic note',
    packVersions: { [ids.pack]: '1.0.0' },
  });

  // Weekly totals: one count per id, own keys only.
  const weeks = await weeksSince(0);
  expect(weeks).toHaveLength(1);
  const [w] = weeks as [(typeof weeks)[number]];
  expect([Object.keys(w.kinds), ownValue(w.kinds, ids.kind)]).toEqual([[ids.kind], 1]);
  expect([Object.keys(w.ratings), ownValue(w.ratings, ids.rating)]).toEqual([
    [ids.rating],
    [value, 1],
  ]);
  expect(ownValue(w.ticks, ids.tick)).toBe(1);
  expect(ownValue(w.prompts, ids.prompt)).toBe(1);

  // Trends, as the options page computes them.
  expect(weeklySeries(weeks, [ids.rating], NOW).averages.get(ids.rating)?.at(-1)).toBe(value);
  expect(kindCounts(weeks)).toEqual([[ids.kind, 1]]);
  expect(checklistTotals(weeks, [ids.tick])).toEqual({ ticked: [[ids.tick, 1]], missed: [] });
  expect(promptCounts(weeks)).toEqual([[ids.prompt, 1]]);

  // Exports: the CSV (both builders) and the coach summary carry the rating under its column.
  const all = [e];
  const csv = encountersCsv(all, ratingColumns(all));
  const built = csvBuilder([]);
  built.add(all);
  expect(built.finish().csv).toBe(csv);
  const [head, row] = Papa.parse<string[]>(csv).data as [string[], string[]];
  expect(row[head.indexOf(ids.rating)]).toBe(String(value));
  const coach = Papa.parse<string[]>(coachSummaryCsv(all, [ids.rating], 'en')).data;
  expect(coach[1]).toEqual([expect.any(String), '1', `${value}.00`]);

  // A backup, everything deleted, the backup imported: the same row and the same totals.
  const text = JSON.stringify(await makeBackup(NOW));
  await deleteAllData();
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
  const back = (await db.encounters.get(e.id)) as Encounter;
  expect(back).toEqual(e);
  expect([Object.keys(back.ratings), ownValue(back.ratings, ids.rating)]).toEqual([
    [ids.rating],
    value,
  ]);
  expect(ownValue(back.packVersions, ids.pack)).toBe('1.0.0');
  expect(await weeksSince(0)).toEqual(weeks);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('ids named like object properties', () => {
  it('install refuses them where the id shape does, and where it allows them they work', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.constantFrom(...NAMES),
        fc.integer({ min: 1, max: 5 }),
        async (kind, name, value) => {
          await db.delete();
          await db.open();
          const r = await installPack(packWith(kind, name), 'file');
          expect(r.ok).toBe(allowed(kind, name));
          if (!r.ok) {
            expect(r.problems.map((p) => p.message).join(' ')).toMatch(/lower-case|reverse-DNS/);
            return;
          }
          const packs = await activePacks();
          const opts = encounterOptions(packs);
          const pack = packs[0] as (typeof packs)[number];
          const ids: Ids = {
            kind: opts.kinds[0]?.id ?? '',
            rating: opts.items[0]?.id ?? '',
            tick: opts.checklist[0]?.id ?? '',
            prompt: pack.prompts[0]?.id ?? '',
            pack: pack.id,
          };
          // The pack's own ids reached the form, the renamed one included.
          expect(Object.values(ids)).toContain(kind === 'pack' ? pack.id : name);
          await journey(ids, value);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every kind of id, any name, keeps its values through save, totals, trends, exports and backup', async () => {
    const name = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom('valueOf', 'results'));
    await fc.assert(
      fc.asyncProperty(
        fc.record({ kind: name, rating: name, tick: name, prompt: name, pack: name }),
        fc.integer({ min: 1, max: 5 }),
        async (ids, value) => {
          await db.delete();
          await db.open();
          await journey(ids, value);
        },
      ),
      { numRuns: 80 },
    );
  });
});
