import { storage } from 'wxt/utils/storage';
import type { EncounterDraft } from '../utils/domain';
import { LOCAL_KEYS } from './keys';

/**
 * The half-filled encounter of the popup. A popup closes whenever the user clicks into the page,
 * so every change is written here and read back when the popup opens again. Local storage: it
 * stays on this device and survives a browser restart, until saved or discarded. The popup's
 * first paint reads it back raw (entrypoints/popup/first-paint.ts, storage/keys.ts).
 */
export const draftItem = storage.defineItem<EncounterDraft | null>(`local:${LOCAL_KEYS.draft}`, {
  fallback: null,
  version: 1,
});

/** Remembers the popup's entry as it stands. */
export function saveDraft(draft: EncounterDraft): Promise<void> {
  return draftItem.setValue(draft);
}

/** Forgets the draft (saved or discarded). */
export function clearDraft(): Promise<void> {
  return draftItem.removeValue();
}
