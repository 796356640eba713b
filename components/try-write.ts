import { i18n } from '../utils/i18n';
import { TooLongError } from '../utils/text-limits';

/** What {@link tryWrite} resolves to: the write's value, or that it failed (already said). */
export type Written<T> = { ok: true; value: T } | { ok: false };

/**
 * The names and messages a failed write carries, outermost first. Dexie wraps the browser's error
 * as `inner` (an aborted transaction's AbortError holds the QuotaExceededError that aborted it).
 */
function errorChain(e: unknown): { names: string[]; messages: string[] } {
  const names: string[] = [];
  const messages: string[] = [];
  let at: unknown = e;
  for (let depth = 0; depth < 5 && at !== null && typeof at === 'object'; depth++) {
    const { name, message, inner, cause } = at as Record<string, unknown>;
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string') messages.push(message);
    at = inner ?? cause;
  }
  return { names, messages };
}

/** A failed write in words a clinician reads: a full journal said as such, else the error's name. */
export function writeFailure(e: unknown): string {
  // A save refused before it reached storage already says why, in the user's language.
  if (e instanceof TooLongError) return e.message;
  const { names, messages } = errorChain(e);
  // Extension storage (chrome.storage) reports a full area as a plain Error: "QUOTA_BYTES quota
  // exceeded".
  if (names.includes('QuotaExceededError') || messages.some((m) => /quota/i.test(m)))
    return i18n.t('write.quota');
  const name = names.find((n) => n !== 'AbortError') ?? names[0] ?? typeof e;
  return i18n.t('write.failed', { name });
}

/**
 * Runs one write. On failure it says why through `say` and resolves `{ ok: false }`, so the
 * caller keeps what the user entered and leaves its controls usable for a retry.
 */
export async function tryWrite<T>(
  write: () => Promise<T>,
  say: (message: string) => void,
): Promise<Written<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    say(writeFailure(e));
    return { ok: false };
  }
}
