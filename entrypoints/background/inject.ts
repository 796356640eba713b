import { browser } from 'wxt/browser';
import { type Choice, checklistFor, type PolicyInput } from '../../prompts/policy/choose';
import { cornersItem } from '../../storage/settings';
import { setTab, type TabRecord } from '../../storage/tab-state';
import { getVariant } from '../../storage/variants';
import { uiLocale } from '../../utils/i18n';
import type { NudgeView } from '../../utils/messages';

const OVERLAY_FILE = '/overlay.js';

/**
 * Stores the chosen nudge for the overlay and injects the overlay into the tab's top frame. The
 * tab counts the visit as shown from now (one injection per visit); the "shown" event waits for
 * the overlay to say the card is on screen (./shown.ts).
 */
export async function injectNudge(
  tabId: number,
  tab: TabRecord,
  origin: string,
  choice: Choice,
  packs: PolicyInput['packs'],
): Promise<void> {
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
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [OVERLAY_FILE],
  });
}
