import { storage } from 'wxt/utils/storage';
import type { NudgeView } from '../utils/messages';
import { tabKey } from './keys';

/**
 * What Attune knows about one tab's current encounter. Kept in session storage: it survives the
 * service worker sleeping, and is gone when the browser closes.
 */
export interface TabRecord {
  /** A nudge was already shown during this visit. */
  shown: boolean;
  /** The nudge the overlay should render, if any. */
  nudge: NudgeView | null;
  ticked: string[];
  promptsUsed: string[];
  /** Moment ids the watcher last reported in this tab (ids only, never page text). */
  matched: string[];
}

const key = (tabId: number) => `session:${tabKey(tabId)}` as const;

/** An empty record for a tab. */
export const emptyTab = (): TabRecord => ({
  shown: false,
  nudge: null,
  ticked: [],
  promptsUsed: [],
  matched: [],
});

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
