import { recordEvent } from '../../storage/events';
import { snoozeUntilItem } from '../../storage/settings';
import { getTab, setTab, type TabRecord } from '../../storage/tab-state';
import type { NudgeAction, SnoozeLength } from '../../utils/messages';
import { snoozeEnd } from './snooze';
import { serial } from './tab-queue';

/** Records what the user did with the nudge and updates the tab's encounter state. */
export function handleAction(
  tabId: number,
  tabUrl: string,
  data: {
    promptId: string;
    packId: string;
    momentId: string;
    action: NudgeAction;
    snooze?: SnoozeLength;
  },
): Promise<void> {
  return serial(tabId, async () => {
    const tab = await getTab(tabId);
    const next: TabRecord = { ...tab };
    if (data.action === 'used' && !tab.promptsUsed.includes(data.promptId)) {
      next.promptsUsed = [...tab.promptsUsed, data.promptId];
    }
    if (data.action === 'snoozed') await snoozeUntilItem.setValue(snoozeEnd(data.snooze ?? 'hour'));
    if (data.action === 'snoozed' || data.action === 'dismissed') next.nudge = null;
    await setTab(tabId, next);
    const { promptId, packId, momentId } = data;
    await recordEvent({
      type: data.action,
      promptId,
      packId,
      momentId,
      origin: new URL(tabUrl).origin,
    });
  });
}
