import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../prompts/builtin';
import { db } from '../../../storage/db';
import { recordEvent } from '../../../storage/events';
import { installBuiltins, installPack } from '../../../storage/packs';
import { trainerPack } from './pack-fixture';

const RUNS = 1_000;
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"}]',
  '\u0000',
  '💥'.repeat(300),
];

/** A valid pack with one field, at any depth, replaced by something hostile. */
const mutated = fc
  .tuple(
    fc.constantFrom(
      'format',
      'id',
      'version',
      'name',
      'moments',
      'prompts',
      'ratingItems',
      'author',
      'signature',
      '__proto__',
    ),
    fc.oneof(
      fc.anything(),
      fc.constantFrom(...HOSTILE),
      fc.string({ maxLength: 3000 }),
      fc.constant('0.0.1'),
      fc.constant('9.9.9'),
    ),
    fc.nat(2),
  )
  .map(([key, value, depth]) => {
    const doc = trainerPack('1.5.0');
    const target =
      depth === 0
        ? doc
        : depth === 1
          ? ((doc.prompts as object[])[0] as Record<string, unknown>)
          : ((doc.moments as object[])[0] as Record<string, unknown>);
    target[key] = value;
    return doc;
  });

const deep = fc.nat({ max: 200 }).map((n) => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = { prompts: [v] };
  return { ...trainerPack('1.6.0'), moments: v };
});

const hostile = fc.oneof(
  mutated,
  deep,
  fc.anything(),
  fc.json(),
  fc.string(),
  fc.constantFrom(...HOSTILE),
  mutated.map((doc) => JSON.stringify(doc)),
  mutated.map((doc) => JSON.stringify(doc).slice(0, -3)),
);

async function snapshot(): Promise<string> {
  return JSON.stringify([await db.packs.orderBy('id').toArray(), await db.events.toArray()]);
}

beforeAll(async () => {
  await db.delete();
  await db.open();
  await installBuiltins(builtinPacks, 1);
  const r = await installPack(trainerPack('1.5.0'), 'file', { now: 1 });
  if (!r.ok) throw new Error('fixture pack invalid');
  await recordEvent({
    type: 'used',
    promptId: 'name-it',
    packId: r.pack.id,
    momentId: 'handover',
    origin: 'https://ehr.test',
    at: 1,
  });
});

describe(`installPack against ${RUNS} hostile inputs`, () => {
  it('never throws, locates every refusal, and a refusal leaves the database exactly as it was', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const before = await snapshot();
        const r = await installPack(input, 'file', { now: 2 });
        if (r.ok) {
          // A valid update (say, version 9.9.9) is fine; undo it so every run starts alike.
          await db.packs.put(JSON.parse(before)[0].find((p: { id: string }) => p.id === r.pack.id));
          return;
        }
        refused++;
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(typeof p.path).toBe('string');
          expect(p.path === '' || p.path.startsWith('/')).toBe(true);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS * 0.9);
  }, 120_000);
});
