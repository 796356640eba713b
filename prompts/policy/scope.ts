import type { Pack } from '../schema';
import { matchPatternToRegExp } from '../triggers/compile';

/** A pack in use, and whether it is one of Attune's built-ins (installed packs outrank those). */
export interface PackInPlay {
  pack: Pack;
  builtin: boolean;
}

/** Whether a `replaces.sites` match pattern applies where the packs are being scoped. */
export type SiteTest = (pattern: string) => boolean;

/** A pattern as a regular expression, or null for one the validator would have refused. */
function patternRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(matchPatternToRegExp(pattern));
  } catch {
    return null;
  }
}

/** Patterns that apply on the page at `url` (the policy decides for that very address). */
export function onPage(url: string | undefined): SiteTest {
  return (pattern) => url !== undefined && patternRegExp(pattern)?.test(url) === true;
}

/**
 * Patterns that apply on every page of `origin`: the watcher gets its triggers once for a page and
 * follows its in-page navigation, so a trigger may only be dropped where no address of the origin
 * still needs it. A pattern for part of a site (`/palliative/*`) keeps the built-in triggers there;
 * the policy then drops the built-in prompts on the pages the pattern matches.
 */
export function onWholeOrigin(origin: string | undefined): SiteTest {
  return (pattern) => {
    if (!origin) return false;
    if (pattern === '<all_urls>') return onPage(`${origin}/`)(pattern);
    const path = /^[^:]+:\/\/[^/]*(\/.*)$/.exec(pattern)?.[1];
    return path === '/*' && onPage(`${origin}/`)(pattern);
  };
}

/**
 * The packs as they apply where `applies` says: installed packs first (they outrank built-ins, and
 * a checklist is looked for in that order too), then built-ins without the moments that an
 * installed pack replaces there (`replaces.sites`): those moments, and their prompts' ties to
 * them, are dropped; a prompt left with no moment goes with them.
 */
export function scopePacks(packs: readonly PackInPlay[], applies: SiteTest): PackInPlay[] {
  const installed = packs.filter((p) => !p.builtin);
  const replaced = new Set<string>();
  for (const { pack } of installed)
    if (pack.replaces?.sites.some(applies)) for (const m of pack.moments) replaced.add(m.id);
  const builtins = packs.filter((p) => p.builtin);
  if (replaced.size === 0) return [...installed, ...builtins];
  return [...installed, ...builtins.map((p) => ({ ...p, pack: withoutMoments(p.pack, replaced) }))];
}

function withoutMoments(pack: Pack, drop: ReadonlySet<string>): Pack {
  const prompts = pack.prompts
    .map((p) => ({ ...p, moments: p.moments.filter((m) => !drop.has(m)) }))
    .filter((p) => p.moments.length > 0);
  const kept = new Set(prompts.map((p) => p.id));
  const sequences = pack.sequences.map((s) => ({
    ...s,
    prompts: s.prompts.filter((id) => kept.has(id)),
  }));
  return { ...pack, moments: pack.moments.filter((m) => !drop.has(m.id)), prompts, sequences };
}
