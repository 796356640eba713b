// Cross-field rules run even when the schema fails, so every problem is reported in one pass;
// these helpers read the raw JSON without trusting its shape.

/** A JSON object, or null for anything else (arrays included). */
export function obj(x: unknown): Record<string, unknown> | null {
  return x !== null && typeof x === 'object' && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : null;
}

/** The array, or an empty one for anything else. */
export function arr(x: unknown): readonly unknown[] {
  return Array.isArray(x) ? x : [];
}

/** The string, or undefined for anything else. */
export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

/** Each element that is an object, with its index. */
export function objects(x: unknown): [number, Record<string, unknown>][] {
  const out: [number, Record<string, unknown>][] = [];
  arr(x).forEach((item, i) => {
    const o = obj(item);
    if (o) out.push([i, o]);
  });
  return out;
}
