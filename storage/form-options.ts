import { storage } from 'wxt/utils/storage';
import type { EncounterOptions } from '../utils/domain';
import { LOCAL_KEYS } from './keys';

/**
 * What the popup's encounter form last offered (kinds, rating items, checklist), derived from the
 * enabled packs. The popup paints from this copy without opening the database, then re-derives it
 * from the packs and repaints only if it changed.
 */
export const formOptionsItem = storage.defineItem<EncounterOptions | null>(
  `local:${LOCAL_KEYS.formOptions}`,
  {
    fallback: null,
    version: 1,
  },
);

/**
 * The kind the user chose for the last entry they saved: a new entry's kind when no nudge on the
 * tab says which moment it was (the popup's first paint reads the key raw, see keys.ts).
 */
export const lastKindItem = storage.defineItem<string | null>(`local:${LOCAL_KEYS.lastKind}`, {
  fallback: null,
  version: 1,
});
