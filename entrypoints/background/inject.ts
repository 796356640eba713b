import { browser } from 'wxt/browser';
import { type Choice, checklistFor, type PolicyInput } from '../../prompts/policy/choose';
import type { Pack } from '../../prompts/schema';
import { cornersItem } from '../../storage/settings';
import { getTab, type PendingNudge, setTab, type TabRecord } from '../../storage/tab-state';
import { getVariant } from '../../storage/variants';
import { uiLocale } from '../../utils/i18n';
import type { NudgeStep, NudgeView } from '../../utils/messages';
import { serial } from './tab-queue';

const OVERLAY_FILE = '/overlay.js';
/** The card's interactive part, asked for by the overlay once the card is painted. */
const OVERLAY_UI_FILE = '/overlay-ui.js';
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
  const [variant, corners, sequence] = await Promise.all([
    getVariant(prompt.id),
    cornersItem.getValue(),
    sequenceView(pack, prompt.id),
  ]);
  const checklist = checklistFor(packs, momentId);
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
    checklist: checklist?.items ?? [],
    ticked: tab.ticked,
    startCollapsed: choice.asPill,
    corner: corners[origin] ?? null,
    packName: pack.name,
    lang: pack.locale,
    checklistTitle: checklist?.title,
    why: prompt.why,
    source: prompt.source,
    sequence,
  };
  const pending = { promptId: prompt.id, packId: pack.id, momentId, origin, at: Date.now() };
  await setTab(tabId, { ...tab, shown: true, nudge, pending, decision: 'shown' });
  return pending;
}

/**
 * The sequence `promptId` begins in `pack`, as the card steps through it (each step in the
 * user's own wording when they saved one), or undefined when it begins none.
 */
export async function sequenceView(pack: Pack, promptId: string): Promise<NudgeView['sequence']> {
  const sequence = pack.sequences.find((s) => s.prompts[0] === promptId);
  if (!sequence) return undefined;
  // The validator refuses a step naming no prompt of the pack; an old stored pack may still.
  const prompts = sequence.prompts.flatMap((id) => pack.prompts.find((p) => p.id === id) ?? []);
  const variants = await Promise.all(prompts.map((p) => getVariant(p.id)));
  const steps: NudgeStep[] = prompts.map((p, i) => ({
    promptId: p.id,
    title: p.title,
    text: variants[i]?.text ?? p.text,
    secondsLabel: p.seconds.toLocaleString(uiLocale()),
    why: p.why,
    source: p.source,
  }));
  return steps.length > 1 ? { title: sequence.title, steps } : undefined;
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

/** Injects the card's interactive part beside the overlay in the tab's top frame. */
export async function injectCardUi(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [OVERLAY_UI_FILE],
  });
}
