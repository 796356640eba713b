import { browser } from 'wxt/browser';
import { blockedBy } from '../../prompts/policy/blocked';
import { heldUntil } from '../../prompts/policy/held-until';
import { emptyTab, getTab } from '../../storage/tab-state';
import type { QuietAnswer } from '../../utils/messages';
import { policyInput } from './policy-input';

/** The web origin of a tab, or null for a browser page (or a tab that is gone). */
async function tabOrigin(tabId: number): Promise<string | null> {
  const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  return url && /^https?:/.test(url) ? new URL(url).origin : null;
}

/**
 * The rule that holds nudges back now on a tab's site, and until when, or null when a nudge may
 * show. The one-per-visit rule is left out: it only says the card already came.
 */
export async function whyQuiet(tabId: number | null): Promise<QuietAnswer | null> {
  const [tab, origin] =
    tabId === null ? [emptyTab(), null] : await Promise.all([getTab(tabId), tabOrigin(tabId)]);
  const input = await policyInput(tabId, { ...tab, shown: false }, origin, []);
  const reason = blockedBy(input);
  return reason && { reason, until: heldUntil(input, reason) };
}
