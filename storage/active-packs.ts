import type { PackInPlay } from '../prompts/policy/scope';
import type { Pack } from '../prompts/schema';
import type { StoredPack } from '../utils/domain';
import { uiLocale } from '../utils/i18n';
import { db } from './db';
import { policyStateItem } from './policy-state';
import { pickLanguage, scriptLanguageItem } from './script-language';

/**
 * The packs in use: the enabled packs' documents, read straight from the table, without the
 * built-ins when the organisation's policy switched them off. The one reader of them for the
 * popup (its kinds and rating items) and the options views. It lives apart from storage/packs.ts,
 * whose install path (validator, signatures) would otherwise be loaded into every popup open.
 */
export async function activePacks(): Promise<Pack[]> {
  const [rows, use] = await Promise.all([db.packs.toArray(), packUse()]);
  return enabledDocs(rows, use);
}

/**
 * Every enabled pack's document, the built-ins too even when the policy switched them off: what
 * names the items and prompts of entries already written (an export of the journal).
 */
export async function enabledPacks(): Promise<Pack[]> {
  const [rows, language] = await Promise.all([db.packs.toArray(), editionLanguage()]);
  return enabledDocs(rows, language);
}

/**
 * The language that picks a built-in pack's edition: the one chosen in Options › Packs, else the
 * browser's (the one Attune's own messages are in). Pass it to the functions below.
 */
export async function editionLanguage(): Promise<string> {
  return pickLanguage(await scriptLanguageItem.getValue(), packLanguage());
}

/** Which stored packs are in use: the language of the built-ins' edition, and the policy's switch. */
export interface PackUse {
  language: string;
  /** The organisation's policy switched the built-in packs off (`builtinPacks: "off"`). */
  builtinsOff: boolean;
}

/** Reads {@link PackUse}: pass it to {@link enabledDocs} for the packs a user is offered. */
export async function packUse(): Promise<PackUse> {
  const [language, policy] = await Promise.all([editionLanguage(), policyStateItem.getValue()]);
  return { language, builtinsOff: policy.builtinsOff === true };
}

/**
 * The enabled packs' documents among stored rows, one edition per built-in pack: where several
 * languages of a built-in pack are enabled, only the one in `use`'s language is in use. Given a
 * {@link PackUse} whose policy switched the built-ins off, they are left out (Practice, Trends
 * and the popup's rating items follow the organisation); given a language alone, they are kept.
 */
export const enabledDocs = (
  rows: readonly StoredPack[],
  use: string | PackUse = packLanguage(),
): Pack[] => {
  const { language, builtinsOff } =
    typeof use === 'string' ? { language: use, builtinsOff: false } : use;
  return inPlay(rows, builtinsOff, language).map((p) => p.pack);
};

/**
 * The packs nudges draw on (the watcher's triggers, the choice of prompt), each marked built in
 * or not: those in use, without the built-ins when the organisation's policy switched them off.
 */
export async function packsInPlay(): Promise<PackInPlay[]> {
  const [rows, policy, language] = await Promise.all([
    db.packs.toArray(),
    policyStateItem.getValue(),
    editionLanguage(),
  ]);
  return inPlay(rows, policy.builtinsOff === true, language);
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
 * ids, so at most one is used: the one chosen by {@link editionsIn}. Turning off that edition
 * turns the pack off, rather than switching an English user to Spanish scripts (or a Spanish
 * user to English ones) without saying so.
 */
export function inUse(
  rows: readonly StoredPack[],
  language: string = packLanguage(),
): StoredPack[] {
  const chosen = editionsIn(rows, language);
  return rows.filter((row) => row.enabled && chosen.get(editionOf(row)) === row);
}

/**
 * Each pack's edition in `language`, on or off, by the pack it is an edition of
 * ({@link editionOf}): the one in that language, else the original (English), else another (an
 * enabled one first). Every row that is no built-in edition stands for itself.
 */
export function editionsIn(
  rows: readonly StoredPack[],
  language: string = packLanguage(),
): Map<string, StoredPack> {
  const want = primary(language);
  const chosen = new Map<string, StoredPack>();
  // Lower is better: the language, then the original, then any other; between two others, an
  // enabled one first.
  const rank = (row: StoredPack, base: string) =>
    (primary(row.pack.locale) === want ? 0 : row.id === base ? 2 : 4) + (row.enabled ? 0 : 1);
  for (const row of rows) {
    const base = editionOf(row);
    const held = chosen.get(base);
    if (!held || rank(row, base) < rank(held, base)) chosen.set(base, row);
  }
  return chosen;
}

/** One pack as the Packs list shows it: its edition in use, and the ids of all its editions. */
export interface Listed<T> {
  item: T;
  /** The pack's own id, the same in every language (the edition's id without its suffix). */
  base: string;
  /** Every edition's id, the one shown included: switched on and off together. */
  editions: string[];
}

/**
 * The items to list, one per pack, in the order their packs first appear: a built-in pack once,
 * by its edition in `language` (not once per language, as if each were in use).
 */
export function listEditions<T>(
  items: readonly T[],
  rowOf: (item: T) => StoredPack,
  language: string = packLanguage(),
): Listed<T>[] {
  const chosen = editionsIn(items.map(rowOf), language);
  const byBase = new Map<string, Listed<T>>();
  for (const item of items) {
    const base = editionOf(rowOf(item));
    const listed = byBase.get(base) ?? { item, base, editions: [] };
    listed.editions.push(rowOf(item).id);
    if (chosen.get(base) === rowOf(item)) listed.item = item;
    byBase.set(base, listed);
  }
  return [...byBase.values()];
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
