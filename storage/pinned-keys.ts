import { storage } from 'wxt/utils/storage';

/** A trainer's public key pinned for one pack id, by the user or by the organisation's policy. */
export interface PinnedKey {
  packId: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  by: 'user' | 'policy';
}

/** Pinned keys live in extension storage so they exist before the pack they protect does. */
export const pinnedKeysItem = storage.defineItem<PinnedKey[]>('local:pinned-keys', {
  fallback: [],
  version: 1,
});

/** The public keys a pack's updates must be signed with (empty: any or no signature). */
export async function pinnedKeysFor(packId: string): Promise<string[]> {
  return (await pinnedKeysItem.getValue())
    .filter((k) => k.packId === packId)
    .map((k) => k.publicKey);
}

/** Pins a key for a pack on the user's behalf. */
export async function pinKey(packId: string, publicKey: string): Promise<void> {
  const keys = await pinnedKeysItem.getValue();
  if (keys.some((k) => k.packId === packId && k.publicKey === publicKey)) return;
  await pinnedKeysItem.setValue([...keys, { packId, publicKey, by: 'user' }]);
}

/** Removes the user's pins of a pack; the policy's pins stay. */
export async function unpinKeys(packId: string): Promise<void> {
  const keys = await pinnedKeysItem.getValue();
  await pinnedKeysItem.setValue(keys.filter((k) => k.packId !== packId || k.by === 'policy'));
}

/** Replaces every policy pin with the policy's current list. */
export async function setPolicyKeys(
  pins: readonly { packId: string; publicKey: string }[],
): Promise<void> {
  const user = (await pinnedKeysItem.getValue()).filter((k) => k.by === 'user');
  await pinnedKeysItem.setValue([...user, ...pins.map((p) => ({ ...p, by: 'policy' as const }))]);
}
