import { db, type Encounter } from './db';

/** The fields a user fills in; id and time are given on save. */
export type NewEncounter = Omit<Encounter, 'id' | 'at'> & { at?: number };

/** Saves a new encounter and returns it as stored. */
export async function addEncounter(input: NewEncounter): Promise<Encounter> {
  const encounter: Encounter = { ...input, id: crypto.randomUUID(), at: input.at ?? Date.now() };
  await db.encounters.add(encounter);
  return encounter;
}

/** Newest encounters first. */
export function listEncounters(limit = 200): Promise<Encounter[]> {
  return db.encounters.orderBy('at').reverse().limit(limit).toArray();
}

/** Deletes one encounter by id. */
export function deleteEncounter(id: string): Promise<void> {
  return db.encounters.delete(id);
}

/** How many encounters are stored. */
export function countEncounters(): Promise<number> {
  return db.encounters.count();
}
