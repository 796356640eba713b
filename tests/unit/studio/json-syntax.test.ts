import { describe, expect, it } from 'vitest';
import {
  findJsonError,
  fixQuotes,
  lineAndColumn,
  removeTrailingCommas,
  repairable,
  repairJson,
} from '../../../prompts/studio/json-syntax';

/** A pack as a word processor leaves it: curly quotes around keys and values, a trailing comma. */
const PASTED = `{
  “format”: 1,
  “name”: “Ward “calm” prompts”,
  "text": "He said “hello” and left",
  ‘locale’: ‘en-GB’,
  "moments": [1, 2,],
}`;

describe('findJsonError', () => {
  it('says where a pasted pack stops being JSON, and why', () => {
    expect(findJsonError(PASTED)).toEqual({
      offset: 4,
      line: 2,
      column: 3,
      reason: 'smart-quote',
      found: '“',
    });
    expect(findJsonError('{\n  "a": [1, 2,]\n}')).toMatchObject({
      line: 2,
      column: 13,
      reason: 'trailing-comma',
    });
    expect(findJsonError("{'a': 1}")).toMatchObject({ column: 2, reason: 'single-quote' });
    expect(findJsonError('{"a": "never closed}')).toMatchObject({
      column: 7,
      reason: 'unterminated',
    });
    expect(findJsonError('{"a": "two\nlines"}')).toMatchObject({ reason: 'control-character' });
    expect(findJsonError('{"a": "C:\\path"}')).toMatchObject({ reason: 'bad-escape' });
    expect(findJsonError('{"a": 1')).toMatchObject({ column: 8, reason: 'end' });
    expect(findJsonError('{"a": 1} x')).toMatchObject({
      column: 10,
      reason: 'unexpected',
      found: 'x',
    });
  });

  it('finds nothing wrong where JSON.parse agrees, a byte-order mark included', () => {
    for (const ok of ['{}', '[]', '\uFEFF{"a": [1, -2.5e3, true, null, "\\u00e9\\n"]}', ' "x" ']) {
      expect(findJsonError(ok), ok).toBeNull();
      expect(() => JSON.parse(ok.replace(/^\uFEFF/, ''))).not.toThrow();
    }
  });
});

describe('repairs', () => {
  it('straightens the quotes that delimit keys and texts, keeping curly quotes inside texts', () => {
    expect(JSON.parse(repairJson(PASTED))).toEqual({
      format: 1,
      name: 'Ward “calm” prompts',
      text: 'He said “hello” and left',
      locale: 'en-GB',
      moments: [1, 2],
    });
    expect(repairable(findJsonError(PASTED))).toBe(true);
    expect(repairable(findJsonError('{"a": 1'))).toBe(false);
  });

  it('escapes a straight quote inside a curly-quoted text, and leaves valid JSON as it is', () => {
    expect(JSON.parse(fixQuotes('{“a”: “say "hi" now”}'))).toEqual({ a: 'say "hi" now' });
    const valid = '{\n  "a": "it’s “fine”", "b": [1, 2]\n}';
    expect(repairJson(valid)).toBe(valid);
    expect(removeTrailingCommas('{"a": ",}", "b": [1,]}')).toBe('{"a": ",}", "b": [1]}');
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
