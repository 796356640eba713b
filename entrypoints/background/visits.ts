import { emptyTab, type TabRecord, visitSalt } from '../../storage/tab-state';

/**
 * A visit is a page's path: origin and pathname, without the query or fragment. A single-page
 * app that writes a new query or fragment every few seconds (`?tab=2`, `#notes`) stays on one
 * visit, so it gets one card, not one per address. Returned as a salted SHA-256 hash: a path can
 * carry a record number, and the visit is kept in the tab's record in session storage.
 */
export async function visitOf(url: string): Promise<string> {
  const { origin, pathname } = new URL(url);
  const bytes = new TextEncoder().encode(`${await visitSalt()}\n${origin}${pathname}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The tab's record for a report from `url`: as it is within the same visit; on a new visit, fresh
 * but for what outlives a page (the encounter's ticks and used prompts, the report count, and a
 * card still rendering with the nudge it is about to ask for).
 */
export async function enterVisit(url: string, tab: TabRecord): Promise<TabRecord> {
  const visit = await visitOf(url);
  if (tab.visit === visit) return tab;
  const { ticked, promptsUsed, pending, reports } = tab;
  // An overlay injected just before a route change still asks for its nudge: the two go together.
  const nudge = pending ? tab.nudge : null;
  return { ...emptyTab(), ticked, promptsUsed, pending, nudge, reports, visit };
}
