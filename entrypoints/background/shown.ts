import { recordEvent } from '../../storage/events';
import { getTab, setTab } from '../../storage/tab-state';
import { serial } from './tab-queue';

/**
 * The overlay says the card is on screen: records "shown" for the nudge injected into the tab, once.
 * Anything else (a nudge this tab was not given, or one already confirmed) records nothing, so
 * a card a page kept from rendering uses up no limit.
 */
export function handleShown(
  tabId: number,
  tabUrl: string,
  data: { promptId: string; packId: string; momentId: string },
): Promise<void> {
  return serial(tabId, async () => {
    const tab = await getTab(tabId);
    const p = tab.pending;
    const origin = new URL(tabUrl).origin;
    if (
      !p ||
      p.promptId !== data.promptId ||
      p.packId !== data.packId ||
      p.momentId !== data.momentId ||
      p.origin !== origin
    )
      return;
    await setTab(tabId, { ...tab, pending: null });
    const { promptId, packId, momentId } = p;
    await recordEvent({ type: 'shown', promptId, packId, momentId, origin });
  });
}
