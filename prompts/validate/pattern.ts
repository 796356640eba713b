import { MatchPattern } from '@webext-core/match-patterns';

// The trigger compiler (prompts/triggers/compile.ts) understands this subset of match patterns;
// the library alone lets through some patterns browsers refuse (a `*` inside a host, urn:).
const SHAPE = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*\s]+|[^/*\s]*)(\/\S*)$/;

/** Why `pattern` is not a usable WebExtension match pattern, or null when it is fine. */
export function matchPatternProblem(pattern: string): string | null {
  try {
    new MatchPattern(pattern);
  } catch (e) {
    return `is not a valid match pattern: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (pattern === '<all_urls>') return null;
  const m = SHAPE.exec(pattern);
  if (!m) {
    return 'is not a valid match pattern: expected scheme://host/path, e.g. "https://*.example.org/*", with * only as the whole host or its first label';
  }
  if (m[2] === '' && m[1] !== 'file') return 'is not a valid match pattern: the host is missing';
  return null;
}
