import type * as v from 'valibot';
import { suggestion } from '../suggest';
import { knownKeysAt, optionsAt } from './known-keys';
import { type Problem, toPointer } from './pointer';

const MAX_MESSAGE = 200;

// Valibot quotes the received value in full; a hostile pack could make that a megabyte long.
const clip = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s);

function typeName(expected: string | null): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'Array':
      return 'a list ([...])';
    case 'Object':
      return 'an object ({...})';
    default:
      return expected ?? 'something else';
  }
}

function message(issue: v.BaseIssue<unknown>, schema?: unknown): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') {
      const keys = (issue.path ?? []).map((item) => item.key);
      const known = schema ? knownKeysAt(schema, keys.slice(0, -1)) : [];
      return `is not a known field here; check its spelling${suggestion(String(keys.at(-1)), known)}`;
    }
    if (issue.received === 'undefined') return 'is required';
  }
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type:')) {
    return `must be ${typeName(issue.expected)}, not ${issue.received}`;
  }
  // A misspelt kind or component: the allowed words are the picklist's options.
  if (issue.type === 'picklist' && typeof issue.input === 'string' && schema) {
    const options = optionsAt(
      schema,
      (issue.path ?? []).map((item) => item.key),
    );
    return `${issue.message}${suggestion(issue.input, options)}`;
  }
  return issue.message;
}

/**
 * Maps valibot issues to problems located by JSON Pointer, with messages written for trainers.
 * Given the schema, an unknown field gets a "did you mean" from the fields allowed there.
 */
export function issuesToProblems(
  issues: readonly v.BaseIssue<unknown>[],
  schema?: unknown,
): Problem[] {
  return issues.map((issue) => ({
    path: toPointer((issue.path ?? []).map((item) => item.key)),
    message: clip(message(issue, schema)),
  }));
}
