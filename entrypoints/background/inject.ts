import { browser } from 'wxt/browser';
import { type Choice, checklistFor, type PolicyInput } from '../../prompts/policy/choose';
import { cornersItem } from '../../storage/settings';
import { getTab, type PendingNudge, setTab, type TabRecord } from '../../storage/tab-state';
import { getVariant } from '../../storage/variants';
import { uiLocale } from '../../utils/i18n';
import type { NudgeView } from '../../utils/messages';
import { serial } from './tab-queue';

const OVERLAY_FILE = '/overlay.js';
/**
 * How long a tab may take to accept the overlay script. A tab held by a modal dialog or frozen
 * may never answer; after this the card counts as not shown, so the tab can get one later.
 */
export const INJECT_TIMEOUT_MS = 5_000;

/**
 * Stores the chosen nudge for the overlay: the tab counts the visit as shown from now (one
 * injection per visit), and the nudge as pending until the overlay says the card is on screen
 * (./shown.ts). Returns the pending nudge, for `injectOverlay` once the decision is over.
 */
export async function prepareNudge(
  tabId: number,
  tab: TabRecord,
  origin: string,
  choice: Choice,
  packs: PolicyInput['packs'],
): Promise<PendingNudge> {
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
  const pending = { promptId: prompt.id, packId: pack.id, momentId, origin, at: Date.now() };
  await setTab(tabId, { ...tab, shown: true, nudge, pending, decision: 'shown' });
  return pending;
}

/** Settles with the injection, or rejects once the tab has taken too long to answer. */
function injectOrTimeout(tabId: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), INJECT_TIMEOUT_MS);
  });
  const inject = browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [OVERLAY_FILE],
  });
  return Promise.race([inject, late]).finally(() => clearTimeout(timer));
}

/**
 * Injects the overlay into the tab's top frame, outside the tab's queue (a tab that never
 * answers holds back none of its later messages). If the tab refuses or does not answer in
 * time, the card was not shown: the tab forgets it, so it neither counts nor blocks the next.
 */
export async function injectOverlay(tabId: number, pending: PendingNudge): Promise<void> {
  const failed = await injectOrTimeout(tabId).then(
    () => false,
    () => true,
  );
  if (!failed) return;
  await serial(tabId, async () => {
    const tab = await getTab(tabId);
    // Only the card this injection was for: a later decision owns the record now.
    if (tab.pending?.at !== pending.at || tab.pending.promptId !== pending.promptId) return;
    await setTab(tabId, {
      ...tab,
      shown: false,
      nudge: null,
      pending: null,
      decision: 'inject-failed',
    });
  });
}
