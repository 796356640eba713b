import type { Encounter } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { NOTE_MAX, TooLongError } from '../utils/text-limits';
import { db } from './db';
import { recordInWeeks } from './weeks';

/** The fields a user fills in; id and time are given on save. */
export type NewEncounter = Omit<Encounter, 'id' | 'at'> & { at?: number };

/** A note longer than a backup restores is refused before it is saved, not when restored. */
function checkNote(note: string | undefined): void {
  if (note !== undefined && note.length > NOTE_MAX)
    throw new TooLongError(i18n.t('write.tooLong', { max: NOTE_MAX, length: note.length }));
}

/** Saves a new encounter and returns it as stored; a note over {@link NOTE_MAX} throws. */
export async function addEncounter(input: NewEncounter): Promise<Encounter> {
  checkNote(input.note);
  const encounter: Encounter = { ...input, id: crypto.randomUUID(), at: input.at ?? Date.now() };
  await db.transaction('rw', db.encounters, db.weeks, async () => {
    await db.encounters.add(encounter);
    await recordInWeeks([encounter]);
  });
  return encounter;
}

/** What the history can be narrowed to; every field is optional. */
export interface EncounterFilter {
  kind?: string;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, inclusive. */
  to?: number;
  /** Bounds on the mean of the entry's ratings (entries with no ratings fail any bound). */
  minRating?: number;
  maxRating?: number;
  /** Words the private note must contain, any case and accents (a search). */
  text?: string;
}

/** Text folded for a search: lower case, accents dropped ("Niña" finds "nina"). */
export const foldText = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The mean of an entry's ratings, or null when it has none. */
function meanRating(e: Pick<Encounter, 'ratings'>): number | null {
  const values = Object.values(e.ratings);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Encounters matching a filter, newest first; kind and dates use indexes, never a scan. */
export function queryEncounters(f: EncounterFilter, limit = 200): Promise<Encounter[]> {
  const from = f.from ?? 0;
  const to = f.to ?? Number.MAX_SAFE_INTEGER;
  const range = f.kind
    ? db.encounters.where('[kind+at]').between([f.kind, from], [f.kind, to], true, true)
    : db.encounters.where('at').between(from, to, true, true);
  const rated = f.minRating !== undefined || f.maxRating !== undefined;
  const words = f.text ? foldText(f.text).split(/\s+/).filter(Boolean) : [];
  const coll =
    rated || words.length
      ? range.filter((e) => {
          const m = meanRating(e);
          const inRange =
            !rated ||
            (m !== null && m >= (f.minRating ?? -Infinity) && m <= (f.maxRating ?? Infinity));
          const note = words.length ? foldText(e.note) : '';
          return inRange && words.every((w) => note.includes(w));
        })
      : range;
  return coll.reverse().limit(limit).toArray();
}

/** Changes the user-editable fields of one encounter; a note over {@link NOTE_MAX} throws. */
export async function updateEncounter(
  id: string,
  changes: Partial<Pick<Encounter, 'at' | 'kind' | 'ratings' | 'checklist' | 'note'>>,
): Promise<void> {
  checkNote(changes.note);
  await db.transaction('rw', db.encounters, db.weeks, async () => {
    const before = await db.encounters.get(id);
    if (!before) return;
    const after = { ...before, ...changes };
    await db.encounters.put(after);
    await recordInWeeks([after], [before]);
  });
}

/** Deletes one encounter by id. */
export async function deleteEncounter(id: string): Promise<void> {
  await db.transaction('rw', db.encounters, db.weeks, async () => {
    const before = await db.encounters.get(id);
    if (!before) return;
    await db.encounters.delete(id);
    await recordInWeeks([], [before]);
  });
}

/** Puts a deleted encounter back exactly as it was, with its share of the week totals (undo). */
export async function restoreEncounter(encounter: Encounter): Promise<void> {
  await db.transaction('rw', db.encounters, db.weeks, async () => {
    if (await db.encounters.get(encounter.id)) return;
    await db.encounters.add(encounter);
    await recordInWeeks([encounter]);
  });
}

/** Deletes every encounter, prompt event and personal variant (installed packs stay). */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', [db.encounters, db.weeks, db.events, db.variants], async () => {
    await Promise.all([
      db.encounters.clear(),
      db.weeks.clear(),
      db.events.clear(),
      db.variants.clear(),
    ]);
  });
}
