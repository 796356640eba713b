import { getTab, setTab } from '../../storage/tab-state';
import { serial } from './tab-queue';

/** Ticks or unticks a checklist item for the tab's current encounter. */
export function handleTick(tabId: number, itemId: string, ticked: boolean): Promise<void> {
  return serial(tabId, async () => {
    const tab = await getTab(tabId);
    const set = new Set(tab.ticked);
    if (ticked) set.add(itemId);
    else set.delete(itemId);
    const list = [...set];
    await setTab(tabId, {
      ...tab,
      ticked: list,
      nudge: tab.nudge && { ...tab.nudge, ticked: list },
    });
  });
}

/** The encounter in a tab was logged: its gathered ticks and used prompts start afresh. */
export function handleClear(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    const tab = await getTab(tabId);
    await setTab(tabId, {
      ...tab,
      ticked: [],
      promptsUsed: [],
      nudge: tab.nudge && { ...tab.nudge, ticked: [] },
    });
  });
}
