import type { DismissReason, PromptEvent } from '../utils/domain';
import { db } from './db';

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

/** Adds a reason to the latest dismissal of a prompt (the reason is asked for after the fact). */
export async function setDismissReason(promptId: string, reason: DismissReason): Promise<void> {
  const latest = await db.events
    .where('promptId')
    .equals(promptId)
    .filter((e) => e.type === 'dismissed')
    .last();
  if (latest?.id !== undefined) await db.events.update(latest.id, { reason });
}
