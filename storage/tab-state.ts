import { storage } from 'wxt/utils/storage';
import { tabKey } from './keys';
import { emptyTab, type TabRecord } from './tab-record';

export { emptyTab, type TabRecord };

const key = (tabId: number) => `session:${tabKey(tabId)}` as const;

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
