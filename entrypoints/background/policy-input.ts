import { browser } from 'wxt/browser';
import type { PolicyInput } from '../../prompts/policy/choose';
import { activePacks } from '../../storage/active-packs';
import { eventsSince } from '../../storage/events';
import { quietModeItem, readNudgeSettings, snoozeUntilItem } from '../../storage/settings';
import type { TabRecord } from '../../storage/tab-state';

type PromptEvent = PolicyInput['events'][number];

const DAY = 86_400_000;
/**
 * How long an injected card counts as shown before the overlay confirms it: about what it takes
 * to render on a busy page. A card a page blocked never confirms, and stops counting after this.
 */
export const PENDING_MS = 30_000;

/** The tab's injected but unconfirmed nudge, as the "shown" event it is about to be (or none). */
function pendingEvents(tab: Pick<TabRecord, 'pending'>, now: number): PromptEvent[] {
  const p = tab.pending;
  if (!p || now - p.at >= PENDING_MS) return [];
  const { promptId, packId, momentId, origin, at } = p;
  return [{ type: 'shown', promptId, packId, momentId, origin, at }];
}

/** Everything the policy reads, gathered once per decision, for a tab's site (null: no site). */
export async function policyInput(
  tab: Pick<TabRecord, 'pending' | 'shown'>,
  origin: string | null,
  matched: readonly string[],
): Promise<PolicyInput> {
  const now = Date.now();
  const [packs, events, settings, quiet, snoozeUntil] = await Promise.all([
    activePacks(),
    eventsSince(now - 30 * DAY),
    readNudgeSettings(),
    quietModeItem.getValue(),
    snoozeUntilItem.getValue(),
  ]);
  const idle =
    settings.idleMinutes > 0 &&
    (await browser.idle.queryState(Math.max(15, settings.idleMinutes * 60))) !== 'active';
  const local = new Date(now);
  return {
    now,
    localMinutes: local.getHours() * 60 + local.getMinutes(),
    matched,
    packs,
    events: [...events, ...pendingEvents(tab, now)],
    settings,
    quiet,
    snoozeUntil,
    idle,
    shownThisVisit: tab.shown,
    // No site (a browser page): no event's origin equals it, so per-site rules never apply.
    origin: origin ?? '',
  };
}
