import type { Pack } from '../prompts/schema';
import type { StoredPack } from '../utils/domain';
import { db } from './db';

/**
 * The enabled packs' documents, read straight from the table: the one reader of them for the
 * background, the popup and the options views. It lives apart from storage/packs.ts, whose
 * install path (validator, signatures) would otherwise be loaded into every popup open.
 */
export async function activePacks(): Promise<Pack[]> {
  return enabledDocs(await db.packs.toArray());
}

/** The enabled packs' documents among stored rows. */
export const enabledDocs = (rows: readonly StoredPack[]): Pack[] =>
  rows.filter((p) => p.enabled).map((p) => p.pack);

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
