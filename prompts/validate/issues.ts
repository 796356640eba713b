import type * as v from 'valibot';
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

function message(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return 'is not a known field here; check its spelling';
    if (issue.received === 'undefined') return 'is required';
  }
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type:')) {
    return `must be ${typeName(issue.expected)}, not ${issue.received}`;
  }
  return issue.message;
}

/** Maps valibot issues to problems located by JSON Pointer, with messages written for trainers. */
export function issuesToProblems(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({
    path: toPointer((issue.path ?? []).map((item) => item.key)),
    message: clip(message(issue)),
  }));
}
