import { chooseNudge } from '../../prompts/policy/choose';
import { relaxedForRequest } from '../../prompts/policy/relaxed';
import { getTab } from '../../storage/tab-state';
import { injectNudge } from './inject';
import { policyInput } from './policy-input';
import { serial } from './tab-queue';

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
  await serial(tabId, async () => {
    const tab = await getTab(tabId);
    const origin = new URL(tabUrl).origin;
    const input = await policyInput(tab, origin, tab.matched);
    const choice = chooseNudge(relaxedForRequest(input));
    if (choice) await injectNudge(tabId, tab, origin, choice, input.packs);
  });
}
