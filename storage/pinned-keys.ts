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

/**
 * Every pin write reads the whole list and writes it back, and installs run side by side
 * (refreshAll, applyPolicy): one chain runs the writes one after another, so two first uses at
 * once both keep their pin.
 */
let writes: Promise<unknown> = Promise.resolve();
function serialized(change: (keys: PinnedKey[]) => PinnedKey[] | null): Promise<void> {
  const run = writes.then(async () => {
    const next = change(await pinnedKeysItem.getValue());
    if (next) await pinnedKeysItem.setValue(next);
  });
  // A failed write fails its own caller, never the next one in line.
  writes = run.catch(() => undefined);
  return run;
}

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
export function rememberSigner(
  packId: string,
  lineage: PinLineage,
  publicKey: string,
): Promise<void> {
  const by: PinOrigin = lineage === 'user' ? 'first-use' : 'policy-first-use';
  return serialized((keys) => {
    const mine = keys.filter((k) => k.packId === packId && LINEAGE[lineage].includes(k.by));
    if (mine.length === 1 && mine[0]?.publicKey === publicKey) return null;
    // The user's own "Pin this key" is a choice, never replaced by a first use.
    if (mine.some((k) => k.by === 'user')) return null;
    const others = keys.filter((k) => !mine.includes(k));
    return [...others, { packId, publicKey, by }];
  });
}

/** Pins a key for a pack on the user's behalf. */
export function pinKey(packId: string, publicKey: string): Promise<void> {
  return serialized((keys) =>
    keys.some((k) => k.packId === packId && k.publicKey === publicKey)
      ? null
      : [...keys, { packId, publicKey, by: 'user' }],
  );
}

/**
 * Forgets a lineage's pins of a pack (the user's "Forget the key", or a pack removed): the next
 * signed version pins its key again. The policy's own pins stay.
 */
export function forgetKeys(packId: string, lineage: PinLineage = 'user'): Promise<void> {
  return serialized((keys) => {
    const kept = keys.filter((k) => k.packId !== packId || !LINEAGE[lineage].includes(k.by));
    return kept.length !== keys.length ? kept : null;
  });
}

/** Replaces every policy pin with the policy's current list. */
export function setPolicyKeys(
  pins: readonly { packId: string; publicKey: string }[],
): Promise<void> {
  return serialized((keys) => [
    ...keys.filter((k) => k.by !== 'policy'),
    ...pins.map((p) => ({ packId: p.packId, publicKey: p.publicKey, by: 'policy' as const })),
  ]);
}
