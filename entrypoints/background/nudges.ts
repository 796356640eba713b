import { browser } from 'wxt/browser';
import { checklistFor, chooseNudge } from '../../prompts/policy/choose';
import { eventsSince, recordEvent } from '../../storage/events';
import { enabledPacks } from '../../storage/packs';
import { nudgeSettingsItem, quietModeItem } from '../../storage/settings';
import { emptyTab, getTab, setTab, type TabRecord } from '../../storage/tab-state';
import type { NudgeAction, NudgeView } from '../../utils/messages';

const OVERLAY_FILE = '/content-scripts/overlay.js';
const DAY = 86_400_000;

/** Reports from the top frame and its frames arrive together; one tab's decisions run in order. */
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  queues.set(
    tabId,
    next.catch(() => undefined),
  );
  return next;
}

/** A visit is the page without its fragment: a new route in a single-page app is a new visit. */
const visitOf = (url: string) => url.split('#')[0] ?? url;

/** Decides, for matched moments in a tab, whether to show a nudge, and injects the overlay if so. */
export function handleMatches(tabId: number, tabUrl: string, momentIds: string[]): Promise<void> {
  return serial(tabId, async () => {
    const visit = visitOf(tabUrl);
    let tab = await getTab(tabId);
    if (tab.visit !== visit)
      tab = { ...emptyTab(visit), ticked: tab.ticked, promptsUsed: tab.promptsUsed };
    const now = Date.now();
    const [packs, events, settings, quiet] = await Promise.all([
      enabledPacks(),
      eventsSince(now - DAY),
      nudgeSettingsItem.getValue(),
      quietModeItem.getValue(),
    ]);
    const origin = new URL(tabUrl).origin;
    const choice = chooseNudge({
      now,
      matched: momentIds,
      packs,
      events,
      settings,
      quiet,
      shownThisVisit: tab.shown,
      origin,
    });
    if (!choice) {
      await setTab(tabId, tab);
      return;
    }
    const { pack, prompt, momentId } = choice;
    const checklist = checklistFor(packs, momentId);
    const nudge: NudgeView = {
      promptId: prompt.id,
      packId: pack.id,
      momentId,
      kind: prompt.kind,
      title: prompt.title,
      text: prompt.text,
      framework: prompt.framework,
      seconds: prompt.seconds,
      checklist: checklist?.items ?? [],
      ticked: tab.ticked,
    };
    await setTab(tabId, { ...tab, shown: true, nudge });
    await recordEvent({ type: 'shown', promptId: prompt.id, packId: pack.id, momentId, origin });
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [OVERLAY_FILE],
    });
  });
}

/** Records what the user did with the nudge and updates the tab's encounter state. */
export function handleAction(
  tabId: number,
  tabUrl: string,
  data: { promptId: string; packId: string; momentId: string; action: NudgeAction },
): Promise<void> {
  return serial(tabId, async () => {
    const tab = await getTab(tabId);
    const next: TabRecord = { ...tab };
    if (data.action === 'used' && !tab.promptsUsed.includes(data.promptId)) {
      next.promptsUsed = [...tab.promptsUsed, data.promptId];
    }
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
