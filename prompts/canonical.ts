/**
 * Canonical JSON: the bytes a pack signature covers. Object keys sorted by UTF-16 code units,
 * no whitespace, strings and numbers as JSON.stringify writes them (the rules of RFC 8785, JCS,
 * for the values a pack can hold), so re-formatting a signed file does not break its signature.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    // undefined, functions and symbols are not JSON; a pack read from JSON never holds them.
    if (s === undefined) throw new TypeError('not JSON data');
    return s;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
