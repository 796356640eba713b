import { PackSchema } from '../schema';
import { knownKeysAt } from '../validate/known-keys';

function ordered(value: unknown, path: (string | number)[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => ordered(v, [...path, i]));
  if (value === null || typeof value !== 'object') return value;
  const known = knownKeysAt(PackSchema, path);
  const rank = (k: string) => {
    const i = known.indexOf(k);
    return i === -1 ? known.length : i;
  };
  // The schema's order (format, id, version, name…), then any other key in code-unit order.
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    keys.map((k) => [k, ordered((value as Record<string, unknown>)[k], [...path, k])]),
  );
}

/**
 * A pack file as the studio writes it: two-space indented, keys in the schema's order (so the
 * same pack always gives the same file, and a diff shows only what changed), ending in a newline.
 */
export function prettyPack(doc: unknown): string {
  return `${JSON.stringify(ordered(doc, []), null, 2)}\n`;
}
