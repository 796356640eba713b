import { db, type PromptEvent } from './db';

/** Records one prompt event. */
export async function recordEvent(
  event: Omit<PromptEvent, 'id' | 'at'> & { at?: number },
): Promise<void> {
  await db.events.add({ ...event, at: event.at ?? Date.now() });
}

/** Events at or after `since` (epoch ms), oldest first. */
export function eventsSince(since: number): Promise<PromptEvent[]> {
  return db.events.where('at').aboveOrEqual(since).toArray();
}
