import { storage } from 'wxt/utils/storage';

/** A pack being written in the studio, kept on this device while the trainer edits. */
export interface StudioDraft {
  /** Stable for the draft's life (a pack's id may change while it is written). */
  key: string;
  /** The pack document as it stands, as JSON data (it may not be valid yet). */
  doc: unknown;
  /**
   * The pack as last released (opened installed or from a file, or last exported or installed):
   * what the next version is measured against. Null for a new pack, whose version stays.
   */
  base: unknown;
  savedAt: number;
}

/** At most this many drafts are kept (each may be a megabyte, twice): the oldest go first. */
export const MAX_STUDIO_DRAFTS = 5;

/**
 * The studio's drafts by key, in local storage: they stay on this device and survive a restart,
 * and saving one never changes its version (that is raised once, on export or install).
 */
export const studioDraftsItem = storage.defineItem<Record<string, StudioDraft>>(
  'local:studio-drafts',
  { fallback: {}, version: 1 },
);

/** Every draft, the most recently saved first. */
export async function listStudioDrafts(): Promise<StudioDraft[]> {
  return Object.values(await studioDraftsItem.getValue()).sort((a, b) => b.savedAt - a.savedAt);
}

/** Saves a draft as it stands, dropping the oldest beyond {@link MAX_STUDIO_DRAFTS}. */
export async function saveStudioDraft(draft: StudioDraft): Promise<void> {
  const all = { ...(await studioDraftsItem.getValue()), [draft.key]: draft };
  const kept = Object.values(all)
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(0, MAX_STUDIO_DRAFTS);
  await studioDraftsItem.setValue(Object.fromEntries(kept.map((d) => [d.key, d])));
}

/** Forgets a draft. */
export async function removeStudioDraft(key: string): Promise<void> {
  const { [key]: _gone, ...rest } = await studioDraftsItem.getValue();
  await studioDraftsItem.setValue(rest);
}
