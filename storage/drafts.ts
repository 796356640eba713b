import { storage } from 'wxt/utils/storage';
import type { EncounterDraft } from '../components/EncounterForm';

/**
 * The half-filled encounter of the popup. A popup closes whenever the user clicks into the page,
 * so every change is written here and read back when the popup opens again. Local storage: it
 * stays on this device and survives a browser restart, until saved or discarded.
 */
export const draftItem = storage.defineItem<EncounterDraft | null>('local:draft', {
  fallback: null,
  version: 1,
});

/** The draft to restore, if any. */
export function loadDraft(): Promise<EncounterDraft | null> {
  return draftItem.getValue();
}

/** Remembers the popup's entry as it stands. */
export function saveDraft(draft: EncounterDraft): Promise<void> {
  return draftItem.setValue(draft);
}

/** Forgets the draft (saved or discarded). */
export function clearDraft(): Promise<void> {
  return draftItem.removeValue();
}

/** True when the draft holds nothing the user typed or chose beyond what was prefilled. */
export function isBlank(draft: EncounterDraft): boolean {
  return Object.keys(draft.ratings).length === 0 && draft.note.trim() === '';
}
