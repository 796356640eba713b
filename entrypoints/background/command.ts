import { chooseNudge } from '../../prompts/policy/choose';
import { relaxedForRequest } from '../../prompts/policy/relaxed';
import { getTab } from '../../storage/tab-state';
import { injectOverlay, prepareNudge } from './inject';
import { policyInput } from './policy-input';
import { serial, serialDecision } from './tab-queue';

/** The command's name in the manifest (wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-overlay';

/**
 * The keyboard command: toggles the card if the tab has one; otherwise shows one on request, by
 * the relaxed policy for a nudge the user asked for (prompts/policy/relaxed.ts).
 */
export async function handleCommand(
  tabId: number,
  tabUrl: string,
  toggle: () => Promise<boolean>,
): Promise<void> {
  if (await toggle().catch(() => false)) return;
  const pending = await serial(tabId, () =>
    serialDecision(async () => {
      const tab = await getTab(tabId);
      const origin = new URL(tabUrl).origin;
      const input = await policyInput(tabId, tab, origin, tab.matched, tabUrl);
      const choice = chooseNudge(relaxedForRequest(input));
      return choice && prepareNudge(tabId, tab, origin, choice, input.packs);
    }),
  );
  if (pending) await injectOverlay(tabId, pending);
}
