import { LIMITS } from '../limits';
import { type Problem, toPointer } from './pointer';

/** The pack as plain JSON data, or the problems that stop it being read at all. */
export type ReadResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

const fail = (path: string, message: string): ReadResult => ({
  ok: false,
  problems: [{ path, message }],
});
const MIB = 1024 * 1024;
const sizeMessage = (bytes: number) =>
  `the pack is ${(bytes / MIB).toFixed(2)} MiB; a pack may be at most ${LIMITS.fileBytes / MIB} MiB`;

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

interface Frame {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Frame | null;
}

function pathOf(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) keys.unshift(f.key);
  return toPointer(keys);
}

function isAncestor(value: object, frame: Frame | null): boolean {
  for (let f = frame; f; f = f.parent) if (f.value === value) return true;
  return false;
}

/** Walks with an explicit stack, so hostile nesting cannot overflow the call stack. */
function nestingProblem(root: unknown): Problem | null {
  const stack: Frame[] = [{ value: root, depth: 0, key: null, parent: null }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value, depth } = frame;
    if (value === null || typeof value !== 'object') continue;
    if (isAncestor(value, frame.parent))
      return { path: pathOf(frame), message: 'contains itself (a cycle), which JSON cannot' };
    if (depth >= LIMITS.depth)
      return {
        path: pathOf(frame),
        message: `is nested more than ${LIMITS.depth} levels deep; no pack field is`,
      };
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries)
      stack.push({ value: child, depth: depth + 1, key, parent: frame });
  }
  return null;
}

function parseText(text: string): ReadResult {
  // Strings longer than the limit in UTF-16 units are over it in UTF-8 bytes too: skip encoding.
  if (text.length > LIMITS.fileBytes) return fail('', sizeMessage(text.length));
  const bytes = utf8Bytes(text);
  if (bytes > LIMITS.fileBytes) return fail('', sizeMessage(bytes));
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return fail('', `is not valid JSON: ${jsonError(text, e)}`);
  }
}

/** The parser's message, with a line and column a trainer can find in their editor. */
function jsonError(text: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(msg);
  if (!at) return msg;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${msg} (line ${line}, column ${column})`;
}

/**
 * Turns JSON text or an already-parsed value into plain JSON data. A parsed value is serialised
 * and read back, which measures its size and drops getters, prototypes and non-JSON values.
 */
export function readInput(input: unknown): ReadResult {
  if (typeof input === 'string') {
    const result = parseText(input);
    return result.ok ? depthChecked(result) : result;
  }
  // Nesting first: it is cheap, catches cycles, and spares JSON.stringify a deep recursion.
  const deep = depthChecked({ ok: true, value: input });
  if (!deep.ok) return deep;
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch (e) {
    return fail('', `is not JSON data: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (text === undefined) return fail('', 'is not JSON data: expected an object');
  return parseText(text);
}

function depthChecked(result: ReadResult & { ok: true }): ReadResult {
  const problem = nestingProblem(result.value);
  return problem ? { ok: false, problems: [problem] } : result;
}
