import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../prompts/limits';
import { validatePack } from '../../../prompts/validate';

const guide = readFileSync(resolve(import.meta.dirname, '../../../docs/packs.md'), 'utf8');

describe('docs/packs.md', () => {
  it('shows a complete example pack that passes the validator', () => {
    const example = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    const r = validatePack(example);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('quotes the limits the validator enforces', () => {
    for (const figure of [
      `${LIMITS.prompts} / ${LIMITS.ratingItems}`,
      `${LIMITS.scriptSeconds} seconds of speech`,
      `${LIMITS.textLength.toLocaleString('en')} characters`,
      '1 MiB',
    ]) {
      expect(guide).toContain(figure);
    }
  });
});
