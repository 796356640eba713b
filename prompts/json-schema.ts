import { toJsonSchema } from '@valibot/to-json-schema';
import { PackSchema } from './schema';

/** Where pack.schema.json lives, relative to the project root. */
export const PACK_SCHEMA_PATH = 'prompts/pack.schema.json';

/**
 * The JSON Schema editors use for completion and checking, derived from PackSchema so the two
 * never disagree. Cross-field rules (ids, references, script length) only the CLI can check.
 */
export function packJsonSchema(): Record<string, unknown> {
  // 'input' mode: fields with defaults are optional for the trainer writing the file.
  const schema = toJsonSchema(PackSchema, { typeMode: 'input', errorMode: 'throw' });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Attune prompt pack',
    description:
      'A prompt pack for the Attune browser extension. Check it fully with `npm run pack -- check FILE`.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The file's exact text: two-space JSON and a final newline. */
export function renderPackJsonSchema(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
