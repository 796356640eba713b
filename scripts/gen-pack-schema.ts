// Writes prompts/pack.schema.json from PackSchema. With --check, writes nothing and exits 1 when
// the committed file is stale, so CI notices a schema change that was not regenerated.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACK_SCHEMA_PATH, renderPackJsonSchema } from '../prompts/json-schema';

const file = resolve(import.meta.dirname, '..', PACK_SCHEMA_PATH);
const fresh = renderPackJsonSchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is as stale as a wrong one.
  }
  if (current !== fresh) {
    console.error(
      `${PACK_SCHEMA_PATH} is stale; run: node --import tsx scripts/gen-pack-schema.ts`,
    );
    process.exit(1);
  }
  console.log(`${PACK_SCHEMA_PATH} is up to date`);
} else {
  writeFileSync(file, fresh);
  console.log(`wrote ${PACK_SCHEMA_PATH}`);
}
