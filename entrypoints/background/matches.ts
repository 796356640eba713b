import { blockedBy } from '../../prompts/policy/blocked';
import { chooseNudge } from '../../prompts/policy/choose';
import { getTab, setTab } from '../../storage/tab-state';
import { injectNudge } from './inject';
import { policyInput } from './policy-input';
import { serial } from './tab-queue';
import { enterVisit } from './visits';

/** Decides, for the moments the watcher matched in a tab, whether to show a nudge, and shows it. */
export function handleMatches(tabId: number, tabUrl: string, momentIds: string[]): Promise<void> {
  return serial(tabId, async () => {
    const stored = await getTab(tabId);
    const visit = enterVisit(tabId, tabUrl, stored);
    const tab = { ...visit, matched: momentIds, reports: stored.reports + 1 };
    const origin = new URL(tabUrl).origin;
    const input = await policyInput(tab, origin, momentIds);
    const choice = chooseNudge(input);
    if (choice) return injectNudge(tabId, tab, origin, choice, input.packs);
    await setTab(tabId, { ...tab, decision: blockedBy(input) ?? 'no-prompt' });
  });
}
