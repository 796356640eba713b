import { storage } from 'wxt/utils/storage';
import { tabKey } from './keys';
import { emptyTab, type PendingNudge, type TabRecord } from './tab-record';

export { emptyTab, type PendingNudge, type TabRecord };

const key = (tabId: number) => `session:${tabKey(tabId)}` as const;
const TAB_KEY = /^tab-(\d+)$/;

/** The tab's record (empty when none). */
export async function getTab(tabId: number): Promise<TabRecord> {
  return { ...emptyTab(), ...(await storage.getItem<TabRecord>(key(tabId))) };
}

/** Replaces the tab's record. */
export function setTab(tabId: number, record: TabRecord): Promise<void> {
  return storage.setItem(key(tabId), record);
}

/** Forgets a tab (closed, or its encounter was logged). */
export function removeTab(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}

/** Every tab's injected but unconfirmed nudge, by tab id (the caps and gaps are not per tab). */
export async function pendingByTab(): Promise<Map<number, PendingNudge>> {
  const all = await storage.snapshot('session');
  const found = new Map<number, PendingNudge>();
  for (const [name, value] of Object.entries(all)) {
    const id = TAB_KEY.exec(name)?.[1];
    const pending = (value as Partial<TabRecord> | null)?.pending;
    if (id !== undefined && pending) found.set(Number(id), pending);
  }
  return found;
}

const SALT_KEY = 'session:visit-salt';
let salt: Promise<string> | undefined;

/**
 * This browser session's random salt for visit hashes: made once, kept in session storage (memory
 * only, gone when the browser closes) so a restarted worker hashes a path to the same value.
 */
export function visitSalt(): Promise<string> {
  salt ??= storage.getItem<string>(SALT_KEY).then(async (stored) => {
    if (stored) return stored;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const made = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    await storage.setItem(SALT_KEY, made);
    return made;
  });
  return salt;
}
