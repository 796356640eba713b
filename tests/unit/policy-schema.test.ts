import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS_KEY, builtinsOffAfter } from '../../storage/policy-state';
import { readPolicy } from '../../storage/sources/policy';

// Chrome refuses to load an extension whose managed_schema is invalid, so its rules are checked
// here: draft-03 style, every schema exactly one of `type` or `$ref`, only types and keywords
// Chrome's policy schema parser knows, a top-level object without additionalProperties.
const TYPES = new Set(['boolean', 'integer', 'number', 'string', 'array', 'object']);
const KEYWORDS = new Set([
  'type',
  '$ref',
  'id',
  'title',
  'description',
  'properties',
  'patternProperties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'required',
]);

type Schema = Record<string, unknown>;

function problems(schema: Schema, path: string): string[] {
  const out: string[] = [];
  for (const key of Object.keys(schema))
    if (!KEYWORDS.has(key)) out.push(`${path}: unknown keyword ${key}`);
  const hasType = typeof schema.type === 'string';
  if (hasType === (typeof schema.$ref === 'string'))
    out.push(`${path}: needs exactly one of type or $ref`);
  if (hasType && !TYPES.has(schema.type as string))
    out.push(`${path}: type ${String(schema.type)} is not one Chrome supports`);
  if (schema.type === 'array') {
    if (!schema.items || typeof schema.items !== 'object')
      out.push(`${path}: an array needs items`);
    else out.push(...problems(schema.items as Schema, `${path}/items`));
  }
  if (schema.type === 'object') {
    const props = schema.properties as Record<string, Schema> | undefined;
    if (!props && !schema.additionalProperties && !schema.patternProperties)
      out.push(`${path}: an object needs properties`);
    for (const [k, v] of Object.entries(props ?? {}))
      out.push(...problems(v, `${path}/properties/${k}`));
  }
  if (schema.type !== 'object' && (schema.properties || schema.additionalProperties))
    out.push(`${path}: properties on a non-object`);
  return out;
}

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as Schema;

describe('public/managed_schema.json (Chrome managed storage)', () => {
  it("follows Chrome's rules for a managed_schema", () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
    expect(problems(schema, '')).toEqual([]);
  });

  it('the checker itself catches what Chrome would refuse', () => {
    expect(problems({ type: 'object', properties: { a: { type: 'list' } } }, '')).toHaveLength(1);
    expect(
      problems({ type: 'object', properties: { a: { items: { type: 'string' } } } }, ''),
    ).toHaveLength(1);
    expect(problems({ type: 'array' }, '')).toHaveLength(1);
  });

  it('declares every policy the extension reads, and nothing else', () => {
    const read = [...Object.keys(readPolicy({})), BUILTIN_PACKS_KEY];
    expect(Object.keys(schema.properties as object).sort()).toEqual(read.sort());
  });

  it('offers "off" for the built-in packs, which the extension reads as switching them off', () => {
    const builtins = (schema.properties as Record<string, Schema>)[BUILTIN_PACKS_KEY];
    expect(builtins).toMatchObject({ type: 'string', enum: ['on', 'off'] });
    expect(builtins?.title).toBeTruthy();
    expect(builtins?.description).toContain('"off"');
    const none = { builtinsOff: false, emptyRead: false };
    expect(builtinsOffAfter({ [BUILTIN_PACKS_KEY]: 'off' }, none)).toBe(true);
    expect(builtinsOffAfter({ [BUILTIN_PACKS_KEY]: 'on' }, none)).toBe(false);
    expect(builtinsOffAfter({ sites: [] }, none)).toBe(false);
  });

  it('is referenced from the manifest', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain(
      "managed_schema: 'managed_schema.json'",
    );
  });
});
