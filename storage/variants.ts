import type { PromptVariant } from '../utils/domain';
import { db } from './db';

/** The user's own wording of a prompt, if they saved one (the overlay shows it instead). */
export async function getVariant(promptId: string): Promise<PromptVariant | undefined> {
  return db.variants.get(promptId);
}

/** Saves (or, given blank text, removes) the user's wording of a prompt. */
export async function setVariant(promptId: string, text: string, now = Date.now()): Promise<void> {
  if (text.trim() === '') await db.variants.delete(promptId);
  else await db.variants.put({ promptId, text: text.trim(), updatedAt: now });
}
