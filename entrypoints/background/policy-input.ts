import { browser } from 'wxt/browser';
import type { PolicyInput } from '../../prompts/policy/choose';
import { onPage, scopePacks } from '../../prompts/policy/scope';
import { packsInPlay } from '../../storage/active-packs';
import { eventsSince } from '../../storage/events';
import { quietModeItem, readNudgeSettings, snoozeUntilItem } from '../../storage/settings';
import { type PendingNudge, pendingByTab, type TabRecord } from '../../storage/tab-state';

type PromptEvent = PolicyInput['events'][number];

const DAY = 86_400_000;
/**
 * How long an injected card counts as shown before the overlay confirms it: about what it takes
 * to render on a busy page. A card a page blocked never confirms, and stops counting after this.
 */
export const PENDING_MS = 30_000;

/**
 * Every tab's injected but unconfirmed nudge (this tab's as given, the others' as stored), as the
 * "shown" events they are about to be: a card rendering in another tab counts toward the cap and
 * the site's gap too.
 */
async function pendingEvents(
  tabId: number | null,
  tab: Pick<TabRecord, 'pending'>,
  now: number,
): Promise<PromptEvent[]> {
  const all = await pendingByTab();
  if (tabId !== null) all.delete(tabId);
  const list: (PendingNudge | null)[] = [tab.pending, ...all.values()];
  return list
    .filter((p): p is PendingNudge => p !== null && now - p.at < PENDING_MS)
    .map(({ promptId, packId, momentId, origin, at }) => ({
      type: 'shown',
      promptId,
      packId,
      momentId,
      origin,
      at,
    }));
}

/**
 * Everything the policy reads, gathered once per decision, for a tab (null: none) and its site
 * (null: no site). The packs are those that apply at `url` (the tab's address; its origin when
 * not given): installed ones first, built-ins without the moments a pack replaces there.
 */
export async function policyInput(
  tabId: number | null,
  tab: Pick<TabRecord, 'pending' | 'shown'>,
  origin: string | null,
  matched: readonly string[],
  url: string | undefined = origin ? `${origin}/` : undefined,
): Promise<PolicyInput> {
  const now = Date.now();
  const [inPlay, events, pending, settings, quiet, snoozeUntil] = await Promise.all([
    packsInPlay(),
    eventsSince(now - 30 * DAY),
    pendingEvents(tabId, tab, now),
    readNudgeSettings(),
    quietModeItem.getValue(),
    snoozeUntilItem.getValue(),
  ]);
  const idle =
    settings.idleMinutes > 0 &&
    (await browser.idle.queryState(Math.max(15, settings.idleMinutes * 60))) !== 'active';
  const packs = scopePacks(inPlay, onPage(url));
  const local = new Date(now);
  return {
    now,
    localMinutes: local.getHours() * 60 + local.getMinutes(),
    matched,
    packs: packs.map((p) => p.pack),
    builtin: packs.filter((p) => p.builtin).map((p) => p.pack.id),
    // Oldest first, as the policy reads them.
    events: [...events, ...pending].sort((a, b) => a.at - b.at),
    settings,
    quiet,
    snoozeUntil,
    idle,
    shownThisVisit: tab.shown,
    // No site (a browser page): no event's origin equals it, so per-site rules never apply.
    origin: origin ?? '',
  };
}

let warm = false;

/**
 * Reads what a decision reads, once per worker start, when a watcher on an enabled page asks for
 * its triggers: a worker woken by that page opens its database now rather than when the page's
 * report arrives (84 ms of a cold decision, against 30–46 ms warm, measured in the t2v bench).
 */
export function warmPolicyInput(): void {
  if (warm) return;
  warm = true;
  void Promise.all([packsInPlay(), eventsSince(Date.now() - 30 * DAY)]).catch(() => {
    warm = false;
  });
}
