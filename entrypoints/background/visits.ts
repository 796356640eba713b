import { emptyTab, type TabRecord } from '../../storage/tab-state';

/**
 * A visit is a page's path: origin and pathname, without the query or fragment. A single-page
 * app that writes a new query or fragment every few seconds (`?tab=2`, `#notes`) stays on one
 * visit, so it gets one card, not one per address.
 */
export function visitOf(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

/**
 * Each tab's current visit, in memory only: a path can carry a record number, so it is never
 * written to storage. If the service worker restarts, the next report starts a visit.
 */
const visits = new Map<number, string>();

/**
 * The tab's record for a report from `url`: as it is within the same visit; on a new visit, fresh
 * but for what outlives a page (the encounter's ticks and used prompts, a card still rendering,
 * the report count).
 */
export function enterVisit(tabId: number, url: string, tab: TabRecord): TabRecord {
  const visit = visitOf(url);
  if (visits.get(tabId) === visit) return tab;
  visits.set(tabId, visit);
  const { ticked, promptsUsed, pending, reports } = tab;
  return { ...emptyTab(), ticked, promptsUsed, pending, reports };
}

/** Forgets a closed tab's visit. */
export function forgetVisit(tabId: number): void {
  visits.delete(tabId);
}
