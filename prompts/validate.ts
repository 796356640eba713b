import * as v from 'valibot';
import { type Pack, PackSchema } from './schema';
import { readInput } from './validate/input';
import { issuesToProblems } from './validate/issues';
import type { Problem } from './validate/pointer';
import { crossFieldProblems } from './validate/rules';

export type { Problem } from './validate/pointer';

/** The outcome of validating a pack: the pack with defaults filled in, or every problem found. */
export type ValidationResult = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

function check(input: unknown): ValidationResult {
  const read = readInput(input);
  if (!read.ok) return read;
  const value = read.value;
  if (Array.isArray(value))
    return {
      ok: false,
      problems: [{ path: '', message: 'must be an object ({...}), not a list' }],
    };
  const parsed = v.safeParse(PackSchema, value);
  const problems = [
    ...(parsed.success ? [] : issuesToProblems(parsed.issues, PackSchema)),
    ...crossFieldProblems(value),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, pack: parsed.output };
  return {
    ok: false,
    problems: problems.length > 0 ? problems : [{ path: '', message: 'is not a valid pack' }],
  };
}

/**
 * Validates a pack given as JSON text or as parsed data: the schema, the limits and the
 * cross-field rules, reporting every problem by JSON Pointer. Never throws.
 */
export function validatePack(input: unknown): ValidationResult {
  try {
    const result = check(input);
    // One problem per line in the CLI, however an underlying library words its error.
    if (!result.ok)
      for (const p of result.problems) p.message = p.message.replace(/\s+/g, ' ').trim();
    return result;
  } catch (e) {
    // Nothing above should throw; this keeps the promise for inputs nobody thought of.
    return {
      ok: false,
      problems: [
        { path: '', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` },
      ],
    };
  }
}
