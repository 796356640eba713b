import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_PATH, renderPackJsonSchema } from '../../../prompts/json-schema';

describe('pack.schema.json', () => {
  it('is fresh (regenerate with: node --import tsx scripts/gen-pack-schema.ts)', () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../..', PACK_SCHEMA_PATH),
      'utf8',
    );
    expect(committed).toBe(renderPackJsonSchema());
  });

  it('lets a pack name it in "$schema" and forbids unknown fields', () => {
    const schema = JSON.parse(renderPackJsonSchema());
    expect(schema.properties.$schema.type).toBe('string');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'id', 'version', 'moments', 'prompts']),
    );
  });
});
