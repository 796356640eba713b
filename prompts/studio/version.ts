import { canonicalJson } from '../canonical';
import { SEMVER } from '../fields';
import { arr, obj, str } from '../validate/loose';

/** Which part of a semantic version a change raises. */
export type BumpLevel = 'major' | 'minor' | 'patch';

/** The suggested raise and what in the change called for it. */
export interface BumpSuggestion {
  level: BumpLevel;
  reason: 'removed' | 'added' | 'edited';
  /** The ids removed (major) or added (minor), as `prompts/name-it`; [] for an edit. */
  ids: string[];
}

/**
 * Every id clinicians' history and ticks are keyed by: moments, prompts, checklist items (under
 * their prompt) and rating items, each with the list it belongs to.
 */
function ids(doc: unknown): Set<string> {
  const pack = obj(doc);
  const out = new Set<string>();
  for (const list of ['moments', 'prompts', 'ratingItems'] as const)
    for (const entry of arr(pack?.[list])) {
      const id = str(obj(entry)?.id);
      if (id === undefined) continue;
      out.add(`${list}/${id}`);
      if (list === 'prompts')
        for (const item of arr(obj(entry)?.items)) {
          const itemId = str(obj(item)?.id);
          if (itemId !== undefined) out.add(`prompts/${id}/items/${itemId}`);
        }
    }
  return out;
}

/** The document without what a version raise itself changes (version, signature, $schema). */
function content(doc: unknown): string {
  const { version: _v, signature: _s, $schema: _x, ...rest } = obj(doc) ?? {};
  return canonicalJson(rest);
}

/**
 * What the next version should raise, from the pack as it was released (`before`) to the draft:
 * an id removed breaks clinicians' history (major); a moment, prompt, item or rating added is a
 * feature (minor); any other edit is a fix (patch). Null when nothing changed.
 */
export function suggestBump(before: unknown, after: unknown): BumpSuggestion | null {
  if (content(before) === content(after)) return null;
  const was = ids(before);
  const now = ids(after);
  const removed = [...was].filter((id) => !now.has(id));
  if (removed.length > 0) return { level: 'major', reason: 'removed', ids: removed };
  const added = [...now].filter((id) => !was.has(id));
  if (added.length > 0) return { level: 'minor', reason: 'added', ids: added };
  return { level: 'patch', reason: 'edited', ids: [] };
}

/** `version` raised at `level` ("1.2.0", minor → "1.3.0"); a pre-release becomes its release. Null when not a version. */
export function bumpVersion(version: string, level: BumpLevel): string | null {
  const m = SEMVER.exec(version);
  if (!m) return null;
  const [major, minor, patch] = [m[1], m[2], m[3]].map((n) => Number(n)) as [
    number,
    number,
    number,
  ];
  // 1.3.0-rc.1 raised at any level is first released as 1.3.0 (SemVer's order).
  if (m[4] !== undefined) {
    const release = `${major}.${minor}.${patch}`;
    const isMinorRelease = patch === 0;
    const isMajorRelease = patch === 0 && minor === 0;
    if (
      level === 'patch' ||
      (level === 'minor' && isMinorRelease) ||
      (level === 'major' && isMajorRelease)
    )
      return release;
  }
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
