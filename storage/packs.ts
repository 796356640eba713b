import type { Pack } from '../prompts/schema';
import { db, type PackSource, type StoredPack } from './db';

/** Every installed pack. */
export function listPacks(): Promise<StoredPack[]> {
  return db.packs.toArray();
}

/** The packs the user has enabled, as validated pack documents. */
export async function enabledPacks(): Promise<Pack[]> {
  return (await db.packs.toArray()).filter((p) => p.enabled).map((p) => p.pack);
}

/**
 * Installs or updates the built-in packs. A built-in pack is replaced only when its version
 * changed, and keeps the user's enabled choice.
 */
export async function installBuiltins(packs: readonly Pack[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    for (const pack of packs) {
      const existing = await db.packs.get(pack.id);
      if (existing && existing.version === pack.version) continue;
      await db.packs.put({
        id: pack.id,
        version: pack.version,
        source: 'builtin' satisfies PackSource,
        enabled: existing?.enabled ?? true,
        installedAt: existing?.installedAt ?? now,
        updatedAt: now,
        pack,
      });
    }
  });
}

/** Enables or disables an installed pack. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await db.packs.update(id, { enabled });
}
