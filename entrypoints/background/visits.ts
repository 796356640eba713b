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

const sameMoments = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The record with the encounter's ticks and used prompts dropped: a new patient page. */
function freshEncounter(tab: TabRecord): TabRecord {
  return { ...tab, ticked: [], promptsUsed: [], nudge: tab.nudge && { ...tab.nudge, ticked: [] } };
}

/**
 * The tab's record for a report of `momentIds` from `url`. Within the same visit it is kept as
 * it is, but a change in the matched moments (a single-page app showing another patient on the
 * same path) drops the encounter's ticks and used prompts: they belong to the page they were
 * made on. On a new visit it is fresh but for the report count and a card still rendering with
 * the nudge it is about to ask for.
 */
export async function enterVisit(
  url: string,
  tab: TabRecord,
  momentIds: readonly string[],
): Promise<TabRecord> {
  const visit = await visitOf(url);
  if (tab.visit === visit) return sameMoments(tab.matched, momentIds) ? tab : freshEncounter(tab);
  const { pending, reports } = tab;
  // An overlay injected just before a route change still asks for its nudge: the two go together.
  const nudge = pending ? tab.nudge : null;
  return freshEncounter({ ...emptyTab(), pending, nudge, reports, visit });
}
