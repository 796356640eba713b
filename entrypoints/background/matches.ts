import { blockedBy } from '../../prompts/policy/blocked';
import { chooseNudge } from '../../prompts/policy/choose';
import { getTab, type PendingNudge, setTab } from '../../storage/tab-state';
import { injectOverlay, prepareNudge } from './inject';
import { policyInput } from './policy-input';
import { serial, serialDecision } from './tab-queue';
import { enterVisit } from './visits';

/** The e2e build marks the steps on the worker's timeline for the bench's breakdown. */
const mark = (step: string) => import.meta.env.MODE === 'e2e' && performance.mark(`attune-${step}`);

/** Decides, for the moments the watcher matched in a tab, whether to show a nudge, and shows it. */
export async function handleMatches(
  tabId: number,
  tabUrl: string,
  momentIds: string[],
): Promise<void> {
  mark('report-in');
  const pending = await serial(tabId, () =>
    serialDecision(async (): Promise<PendingNudge | null> => {
      const stored = await getTab(tabId);
      const visit = await enterVisit(tabUrl, stored, momentIds);
      const tab = { ...visit, matched: momentIds, reports: stored.reports + 1 };
      const origin = new URL(tabUrl).origin;
      const input = await policyInput(tabId, tab, origin, momentIds, tabUrl);
      mark('policy-input');
      const choice = chooseNudge(input);
      if (choice) return prepareNudge(tabId, tab, origin, choice, input.packs);
      await setTab(tabId, { ...tab, decision: blockedBy(input) ?? 'no-prompt' });
      return null;
    }),
  );
  mark('decided');
  if (pending) await injectOverlay(tabId, pending);
  mark('injected');
}
