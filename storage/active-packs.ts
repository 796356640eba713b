import type { PackInPlay } from '../prompts/policy/scope';
import type { Pack } from '../prompts/schema';
import type { StoredPack } from '../utils/domain';
import { uiLocale } from '../utils/i18n';
import { db } from './db';
import { policyStateItem } from './policy-state';

/**
 * The enabled packs' documents, read straight from the table: the one reader of them for the
 * background, the popup and the options views. It lives apart from storage/packs.ts, whose
 * install path (validator, signatures) would otherwise be loaded into every popup open.
 */
export async function activePacks(): Promise<Pack[]> {
  return enabledDocs(await db.packs.toArray());
}

/**
 * The enabled packs' documents among stored rows, one edition per built-in pack: where several
 * languages of a built-in pack are enabled, only the one in `language` is in use.
 */
export const enabledDocs = (
  rows: readonly StoredPack[],
  language: string = packLanguage(),
): Pack[] => inUse(rows, language).map((p) => p.pack);

/**
 * The packs nudges draw on (the watcher's triggers, the choice of prompt), each marked built in
 * or not: those in use, without the built-ins when the organisation's policy switched them off.
 */
export async function packsInPlay(): Promise<PackInPlay[]> {
  const [rows, policy] = await Promise.all([db.packs.toArray(), policyStateItem.getValue()]);
  return inPlay(rows, policy.builtinsOff === true);
}

/** The rows in use as packs in play; built-ins left out when `builtinsOff`. */
export function inPlay(
  rows: readonly StoredPack[],
  builtinsOff: boolean,
  language: string = packLanguage(),
): PackInPlay[] {
  return inUse(rows, language)
    .filter((row) => !(builtinsOff && row.source === 'builtin'))
    .map((row) => ({ pack: row.pack, builtin: row.source === 'builtin' }));
}

/** The primary language subtag of a BCP 47 tag, lower-cased ("es" for "es-MX"). */
const primary = (tag: string) => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The pack a row is an edition of: a built-in whose id ends in `.<its language>`
 * (`org.attune.core-empathy.es`, locale `es`) is an edition of the pack without that suffix
 * (`org.attune.core-empathy`); any other row is its own. Only built-ins: a trainer's or a
 * policy's packs are used exactly as the user or the organisation enabled them.
 */
export function editionOf(row: Pick<StoredPack, 'id' | 'source' | 'pack'>): string {
  const suffix = `.${primary(row.pack.locale)}`;
  return row.source === 'builtin' && suffix.length > 1 && row.id.endsWith(suffix)
    ? row.id.slice(0, -suffix.length)
    : row.id;
}

/**
 * The enabled rows in use, in their stored order. Editions of one built-in pack share its prompt
 * ids, so at most one is used: the one in the browser's language, else the original (English),
 * else another (an enabled one first). The edition is chosen among all rows, on or off: turning off the
 * edition in one's own language turns the pack off, rather than switching an English user to
 * Spanish scripts (or a Spanish user to English ones) without saying so.
 */
export function inUse(
  rows: readonly StoredPack[],
  language: string = packLanguage(),
): StoredPack[] {
  const want = primary(language);
  const chosen = new Map<string, StoredPack>();
  // Lower is better: the browser's language, then the original, then any other; between two
  // others, an enabled one first.
  const rank = (row: StoredPack, base: string) =>
    (primary(row.pack.locale) === want ? 0 : row.id === base ? 2 : 4) + (row.enabled ? 0 : 1);
  for (const row of rows) {
    const base = editionOf(row);
    const held = chosen.get(base);
    if (!held || rank(row, base) < rank(held, base)) chosen.set(base, row);
  }
  return rows.filter((row) => row.enabled && chosen.get(editionOf(row)) === row);
}

/** The language that picks a built-in pack's edition: the one Attune's own messages are in. */
function packLanguage(): string {
  try {
    return uiLocale();
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}

let atOpen: Promise<StoredPack[]> | undefined;

/**
 * Every stored pack, read once for all the views a page shows as it opens: the options page's
 * sections would otherwise each read the same table in the same instant, and the trends wait
 * behind them. A view that re-reads after a change uses listPacks or activePacks.
 */
export function packsAtOpen(): Promise<StoredPack[]> {
  atOpen ??= db.packs.toArray();
  return atOpen;
}
