import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../prompts/builtin';
import { validatePack } from '../../../prompts/validate';
import { validPack } from './helpers';

const HUGE = 'A'.repeat(1024 * 1024 + 10);
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  'javascript:alert(1)',
  '"><svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '',
  '   ',
  '\u0000\u202e\ufeff',
  'x'.repeat(5000),
  HUGE,
  'word '.repeat(150),
  // bad match patterns and selectors
  'https://a*b.example/*',
  '*://*/',
  'urn:x',
  'http:///path',
  'div[',
  ':has(',
  'a::before',
  '<img>',
  ':contains(x)',
  '#a,,b',
];

/** Every (container, key) pair in a JSON value, so a mutation can land anywhere. */
function slots(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const entries = Array.isArray(node)
      ? node.map((v, i) => [i, v] as const)
      : Object.entries(node);
    for (const [k, v] of entries) {
      out.push([node as Record<string | number, unknown>, k]);
      stack.push(v);
    }
  }
  return out;
}

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { x: v };
  return v;
}

type Mutation = {
  at: number;
  op: 'set' | 'hostile' | 'delete' | 'dup';
  value: unknown;
  hostile: number;
};

// Cheap wrong-typed values most of the time; fc.anything is thorough but slow to generate.
const junk = fc.oneof(
  {
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 20 }),
    ),
    weight: 4,
  },
  {
    arbitrary: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
    weight: 1,
  },
  {
    arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
    weight: 1,
  },
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'hostile', 'delete', 'dup'),
  value: junk,
  hostile: fc.nat(HOSTILE.length - 1),
});

function mutate(
  base: unknown,
  mutations: Mutation[],
  deep: { at: number; depth: number } | null,
): unknown {
  const pack = structuredClone(base);
  for (const m of mutations) {
    const all = slots(pack);
    const slot = all[m.at % Math.max(1, all.length)];
    if (!slot) continue;
    const [parent, key] = slot;
    if (m.op === 'set') parent[key] = m.value;
    else if (m.op === 'hostile') parent[key] = HOSTILE[m.hostile];
    else if (m.op === 'dup' && Array.isArray(parent))
      parent.push(structuredClone(parent[key as number]));
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  }
  // Deep nesting goes in last: structuredClone itself would overflow on it.
  const all = slots(pack);
  const slot = deep && all[deep.at % Math.max(1, all.length)];
  if (deep && slot) slot[0][slot[1]] = nest(deep.depth, slot[0][slot[1]], deep.depth % 2 === 0);
  return pack;
}

// Mostly the small pack, for speed; sometimes a real built-in one, for breadth.
const bases = [validPack(), validPack(), validPack(), validPack(), ...builtinPacks.slice(0, 1)];
const mutatedPack = fc
  .tuple(
    fc.nat(bases.length - 1),
    fc.array(mutation, { minLength: 1, maxLength: 4 }),
    // One pack in ten also gets a deeply nested value somewhere.
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 9 },
      {
        arbitrary: fc.record({ at: fc.nat(), depth: fc.integer({ min: 1, max: 3000 }) }),
        weight: 1,
      },
    ),
    fc.boolean(),
  )
  .map(([b, ms, deep, asText]) => {
    const pack = mutate(bases[b], ms, deep);
    // Deep values cannot be stringified by the test itself; hand those over as data.
    if (!asText) return pack;
    try {
      return JSON.stringify(pack);
    } catch {
      return pack;
    }
  });

const hostileInput = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.json({ depthSize: 'small' }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .integer({ min: 0, max: 4000 })
    .map((n) => `${'['.repeat(n)}${']'.repeat(n % 7 === 0 ? 0 : n)}`),
  fc.integer({ min: 1, max: 5000 }).map((n) => nest(n, validPack(), n % 2 === 1)),
  fc.nat(2000).map((n) => JSON.stringify(validPack()).slice(0, n)),
  fc.constantFrom(...HOSTILE),
);

let runs = 0;
function holds(input: unknown): boolean {
  runs++;
  const r = validatePack(input);
  if (r.ok) return validatePack(r.pack).ok && validatePack(JSON.stringify(r.pack)).ok;
  return (
    r.problems.length > 0 &&
    r.problems.every(
      (p) =>
        typeof p.path === 'string' &&
        (p.path === '' || p.path.startsWith('/')) &&
        typeof p.message === 'string' &&
        p.message.length > 0 &&
        !p.message.includes('\n'),
    )
  );
}

// Thousands of validations of real-sized packs: about 15 s on an idle 2-core machine, so the
// limit is a guard against a hang, not a speed target (that lives in `npm run bench`).
const FUZZ_LIMIT_MS = 120_000;

describe('validatePack under hostile input (property-based)', () => {
  it(
    'never throws on mutated packs: valid ones re-validate, invalid ones are located',
    () => {
      fc.assert(fc.property(mutatedPack, holds), { numRuns: 7_000, seed: 20_240_601 });
    },
    FUZZ_LIMIT_MS,
  );

  it(
    'never throws on wrong types, junk JSON, deep nesting and payload strings',
    () => {
      fc.assert(fc.property(hostileInput, holds), { numRuns: 3_500, seed: 7 });
    },
    FUZZ_LIMIT_MS,
  );

  it('ran at least 10,000 generated inputs', () => {
    expect(runs).toBeGreaterThanOrEqual(10_000);
  });
});
