import type { PromptVariant } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { TooLongError, VARIANT_MAX } from '../utils/text-limits';
import { db } from './db';

/** The user's own wording of a prompt, if they saved one (the overlay shows it instead). */
export async function getVariant(promptId: string): Promise<PromptVariant | undefined> {
  return db.variants.get(promptId);
}

/**
 * Saves (or, given blank text, removes) the user's wording of a prompt. Wording longer than a
 * backup restores is refused with a {@link TooLongError}.
 */
export async function setVariant(promptId: string, text: string, now = Date.now()): Promise<void> {
  const trimmed = text.trim();
  if (trimmed.length > VARIANT_MAX)
    throw new TooLongError(i18n.t('write.tooLong', { max: VARIANT_MAX, length: trimmed.length }));
  if (trimmed === '') await db.variants.delete(promptId);
  else await db.variants.put({ promptId, text: trimmed, updatedAt: now });
}
