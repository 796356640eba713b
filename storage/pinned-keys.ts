import { storage } from 'wxt/utils/storage';

/**
 * Who pinned a key: the organisation's policy (`pinnedKeys`), the user (Pin this key), or Attune
 * itself when the first signed version of a pack arrived (trust on first use), separately for
 * the user's own packs (`first-use`) and the policy's URL packs (`policy-first-use`).
 */
export type PinOrigin = 'policy' | 'user' | 'first-use' | 'policy-first-use';

/** A trainer's public key pinned for one pack id. */
export interface PinnedKey {
  packId: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  by: PinOrigin;
}

/** Whose packs a pin protects: the user's own (file, URL) or the policy's URL packs. */
export type PinLineage = 'user' | 'policy';

/** The keys an install must be signed with, and who set them (null: no pin, anything goes). */
export interface Pins {
  keys: string[];
  by: PinOrigin | null;
}

/** Pinned keys live in extension storage so they exist before the pack they protect does. */
export const pinnedKeysItem = storage.defineItem<PinnedKey[]>('local:pinned-keys', {
  fallback: [],
  version: 1,
});

const LINEAGE: Record<PinLineage, readonly PinOrigin[]> = {
  user: ['user', 'first-use'],
  policy: ['policy-first-use'],
};

/** Whether a pin is one the user may forget (their own packs' pins). */
export const userForgettable = (by: PinOrigin | null): boolean =>
  by !== null && LINEAGE.user.includes(by);

/** The pins that govern a pack of this lineage. The policy's own pins win over every other. */
export function pinsAmong(keys: readonly PinnedKey[], packId: string, lineage: PinLineage): Pins {
  const mine = keys.filter((k) => k.packId === packId);
  const policy = mine.filter((k) => k.by === 'policy');
  const chosen = policy.length > 0 ? policy : mine.filter((k) => LINEAGE[lineage].includes(k.by));
  return { keys: chosen.map((k) => k.publicKey), by: chosen[0]?.by ?? null };
}

/** The pins that govern an install of this pack id and lineage. */
export async function pinsFor(packId: string, lineage: PinLineage): Promise<Pins> {
  return pinsAmong(await pinnedKeysItem.getValue(), packId, lineage);
}

/**
 * Makes `publicKey` the lineage's pin for a pack: called once a signed version is installed
 * that no pin of the lineage held back (its first signed version, or one the policy's pin let in).
 */
export async function rememberSigner(
  packId: string,
  lineage: PinLineage,
  publicKey: string,
): Promise<void> {
  const keys = await pinnedKeysItem.getValue();
  const by: PinOrigin = lineage === 'user' ? 'first-use' : 'policy-first-use';
  const mine = keys.filter((k) => k.packId === packId && LINEAGE[lineage].includes(k.by));
  if (mine.length === 1 && mine[0]?.publicKey === publicKey) return;
  const others = keys.filter((k) => !mine.includes(k));
  await pinnedKeysItem.setValue([...others, { packId, publicKey, by }]);
}

/** Pins a key for a pack on the user's behalf. */
export async function pinKey(packId: string, publicKey: string): Promise<void> {
  const keys = await pinnedKeysItem.getValue();
  if (keys.some((k) => k.packId === packId && k.publicKey === publicKey)) return;
  await pinnedKeysItem.setValue([...keys, { packId, publicKey, by: 'user' }]);
}

/**
 * Forgets a lineage's pins of a pack (the user's "Forget the key", or a pack removed): the next
 * signed version pins its key again. The policy's own pins stay.
 */
export async function forgetKeys(packId: string, lineage: PinLineage = 'user'): Promise<void> {
  const keys = await pinnedKeysItem.getValue();
  const kept = keys.filter((k) => k.packId !== packId || !LINEAGE[lineage].includes(k.by));
  if (kept.length !== keys.length) await pinnedKeysItem.setValue(kept);
}

/** Replaces every policy pin with the policy's current list. */
export async function setPolicyKeys(
  pins: readonly { packId: string; publicKey: string }[],
): Promise<void> {
  const others = (await pinnedKeysItem.getValue()).filter((k) => k.by !== 'policy');
  await pinnedKeysItem.setValue([
    ...others,
    ...pins.map((p) => ({ packId: p.packId, publicKey: p.publicKey, by: 'policy' as const })),
  ]);
}
