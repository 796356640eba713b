import type { Pack } from '../prompts/schema';
import { db } from './db';

/**
 * The enabled packs' documents, read straight from the table. The popup and the options views
 * use this rather than storage/packs.ts, whose install path (validator, signatures) would
 * otherwise be loaded into every popup open.
 */
export async function activePacks(): Promise<Pack[]> {
  return (await db.packs.toArray()).filter((p) => p.enabled).map((p) => p.pack);
}
