/** A problem found in a pack, located by a JSON Pointer ('' is the whole document). */
export interface Problem {
  path: string;
  message: string;
}

/** Builds a JSON Pointer (RFC 6901) from path segments, escaping `~` and `/`. */
export function toPointer(segments: readonly unknown[]): string {
  let out = '';
  for (const s of segments) out += `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return out;
}
