import { browser } from 'wxt/browser';
import {
  type Choice,
  checklistFor,
  chooseNudge,
  type PolicyInput,
} from '../../prompts/policy/choose';
import { activePacks } from '../../storage/active-packs';
import { eventsSince, recordEvent } from '../../storage/events';
import {
  cornersItem,
  DEFAULT_NUDGE_SETTINGS,
  nudgeSettingsItem,
  quietModeItem,
  snoozeUntilItem,
} from '../../storage/settings';
import { emptyTab, getTab, setTab, type TabRecord } from '../../storage/tab-state';
import { getVariant } from '../../storage/variants';
import { uiLocale } from '../../utils/i18n';
import type { NudgeAction, NudgeView, SnoozeLength } from '../../utils/messages';

const OVERLAY_FILE = '/overlay.js';
const DAY = 86_400_000;

/** Reports from the top frame and its frames arrive together; one tab's decisions run in order. */
const queues = new Map<number, Promise<unknown>>();
/** Runs `task` after every earlier task of the same tab. */
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

/**
 * Each tab's current page visit, in memory only: an EHR address can carry a record number, so it
 * is never written to storage. If the service worker restarts, the next report starts a visit.
 */
const visits = new Map<number, string>();

/** Forgets a closed tab's visit. */
export const forgetVisit = (tabId: number) => visits.delete(tabId);

/** Everything the policy reads, gathered once per decision. */
async function policyInput(
  tab: TabRecord,
  origin: string,
  matched: string[],
): Promise<PolicyInput> {
  const now = Date.now();
  const [packs, events, stored, quiet, snoozeUntil] = await Promise.all([
    activePacks(),
    eventsSince(now - 30 * DAY),
    nudgeSettingsItem.getValue(),
    quietModeItem.getValue(),
    snoozeUntilItem.getValue(),
  ]);
  // Defaults under what is stored: a field a future or hand-edited setting lacks never breaks a rule.
  const settings = { ...DEFAULT_NUDGE_SETTINGS, ...stored };
  const idle =
    settings.idleMinutes > 0 &&
    (await browser.idle.queryState(Math.max(15, settings.idleMinutes * 60))) !== 'active';
  const local = new Date(now);
  const localMinutes = local.getHours() * 60 + local.getMinutes();
  return {
    now,
    localMinutes,
    matched,
    packs,
    events,
    settings,
    quiet,
    snoozeUntil,
    idle,
    shownThisVisit: tab.shown,
    origin,
  };
}

/** Records the choice as shown, stores the nudge for the overlay, and injects the overlay. */
async function show(
  tabId: number,
  tab: TabRecord,
  origin: string,
  choice: Choice,
  packs: PolicyInput['packs'],
) {
  const { pack, prompt, momentId } = choice;
  const [variant, corners] = await Promise.all([getVariant(prompt.id), cornersItem.getValue()]);
  const nudge: NudgeView = {
    promptId: prompt.id,
    packId: pack.id,
    momentId,
    kind: prompt.kind,
    title: prompt.title,
    text: variant?.text ?? prompt.text,
    packText: variant ? prompt.text : null,
    framework: prompt.framework,
    secondsLabel: prompt.seconds.toLocaleString(uiLocale()),
    checklist: checklistFor(packs, momentId)?.items ?? [],
    ticked: tab.ticked,
    startCollapsed: choice.asPill,
    corner: corners[origin] ?? null,
  };
  await setTab(tabId, { ...tab, shown: true, nudge });
  await recordEvent({ type: 'shown', promptId: prompt.id, packId: pack.id, momentId, origin });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [OVERLAY_FILE],
  });
}

/** Decides, for matched moments in a tab, whether to show a nudge, and injects the overlay if so. */
export function handleMatches(tabId: number, tabUrl: string, momentIds: string[]): Promise<void> {
  return serial(tabId, async () => {
    const visit = visitOf(tabUrl);
    let tab = await getTab(tabId);
    if (visits.get(tabId) !== visit) {
      visits.set(tabId, visit);
      tab = { ...emptyTab(), ticked: tab.ticked, promptsUsed: tab.promptsUsed };
    }
    tab = { ...tab, matched: momentIds };
    const origin = new URL(tabUrl).origin;
    const input = await policyInput(tab, origin, momentIds);
    const choice = chooseNudge(input);
    if (choice) await show(tabId, tab, origin, choice, input.packs);
    else await setTab(tabId, tab);
  });
}

/**
 * The keyboard command: toggles the card if the tab has one; otherwise shows one on request,
 * bypassing the fatigue limits (the user asked), for the tab's matched moments or any moment.
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
    const moments = tab.matched.length
      ? tab.matched
      : [...new Set(input.packs.flatMap((p) => p.moments.map((m) => m.id)))];
    const relaxed: PolicyInput = {
      ...input,
      matched: moments,
      quiet: false,
      snoozeUntil: 0,
      idle: false,
      shownThisVisit: false,
      settings: {
        ...DEFAULT_NUDGE_SETTINGS,
        ...input.settings,
        perHour: Number.POSITIVE_INFINITY,
        dismissStreak: 0,
        momentCooldownMinutes: 0,
        quietHours: { ...input.settings.quietHours, enabled: false },
      },
    };
    const choice = chooseNudge(relaxed) ?? chooseNudge({ ...relaxed, events: [] });
    if (choice) await show(tabId, tab, origin, { ...choice, asPill: false }, input.packs);
  });
}

/** When a snooze of the given length ends, from `now`. */
export function snoozeEnd(length: SnoozeLength, now = Date.now()): number {
  if (length === 'hour') return now + 3_600_000;
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}

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

/** Remembers the corner the user dragged the card to, for the site. */
export async function handleCorner(tabUrl: string, corner: string): Promise<void> {
  const origin = new URL(tabUrl).origin;
  await cornersItem.setValue({ ...(await cornersItem.getValue()), [origin]: corner });
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
