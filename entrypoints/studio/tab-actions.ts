/**
 * What "Teach Attune a screen" does in the browser: lists the tabs the studio may test, asks for a
 * site, and runs the picker script's calls in every frame of the chosen tab (entrypoints/picker.ts).
 */
import { browser } from 'wxt/browser';
import {
  chooseCheck,
  type FrameAnswer,
  type Framed,
  mergeProbes,
} from '../../prompts/studio/frames';
import type { PickerStrings } from '../../prompts/studio/pick-page';
import type { Picked } from '../../prompts/studio/picked';
import type { Probe, ProbeResult } from '../../prompts/studio/tab-test';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import type { TeachApi } from '../picker';

/** A tab the studio may test: on a site whose host permission Attune holds. */
export interface TabChoice {
  id: number;
  title: string;
  url: string;
}

/**
 * The open tabs on sites Attune may read (the browser shows an extension the address of those
 * only), and how many others there are. The studio's own tab is left out.
 */
export async function readableTabs(): Promise<{ tabs: TabChoice[]; hidden: number }> {
  const [all, self] = await Promise.all([browser.tabs.query({}), browser.tabs.getCurrent()]);
  const tabs: TabChoice[] = [];
  let hidden = 0;
  for (const t of all) {
    if (t.id === undefined || t.id === self?.id) continue;
    if (t.url && /^https?:/.test(t.url)) tabs.push({ id: t.id, title: t.title ?? '', url: t.url });
    else if (!t.url) hidden++;
  }
  return { tabs, hidden };
}

/**
 * Asks the browser, from the trainer's click, to let Attune read a site. Null when the input is
 * not a site address. This is the host permission alone: the site is not turned on for nudges.
 */
export async function allowSite(input: string): Promise<boolean | null> {
  const origin = toSiteOrigin(input);
  if (!origin) return null;
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

/**
 * A frame's globals once the picker script is in. The functions below are serialised into the
 * frame: they may use only their arguments and the frame's globals, never a helper of this module.
 */
type Frame = { attuneTeach: TeachApi };

/**
 * Injects the picker script (which only answers) into every frame of the tab Attune may read, as
 * the watcher is registered in every frame: frames of sites it may not read are left out by the
 * browser. Resolves with the frames' ids, the top frame's (0) first.
 */
async function injectFrames(tabId: number): Promise<number[]> {
  const done = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: ['/picker.js'],
  });
  return done.map((r) => r.frameId).sort((a, b) => Number(b === 0) - Number(a === 0));
}

/** Runs `func` in every frame of the tab; frames the watcher never runs in answer null, left out. */
async function inFrames<A extends unknown[], T>(
  tabId: number,
  func: (...args: A) => Framed<T> | null,
  args: A,
): Promise<FrameAnswer<T>[]> {
  await injectFrames(tabId);
  const all = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func,
    args,
  });
  return all.flatMap((r) => {
    const framed = r.result as Framed<T> | null | undefined;
    return framed ? [{ frameId: r.frameId, ...framed }] : [];
  });
}

/** Runs the draft's triggers in every frame through the watcher's matcher; only yes/no comes back. */
export const testOnTab = async (tabId: number, probes: Probe[]): Promise<ProbeResult[]> =>
  mergeProbes(
    await inFrames(tabId, (p: Probe[]) => (globalThis as unknown as Frame).attuneTeach.test(p), [
      probes,
    ]),
  );

/**
 * How many elements a selector matches in the tab, and the first one's words: in the frame
 * `frameId` (where the element was picked) when it matches there, else where it first does.
 */
export const checkOnTab = async (tabId: number, selector: string, frameId?: number) =>
  chooseCheck(
    await inFrames(tabId, (s: string) => (globalThis as unknown as Frame).attuneTeach.check(s), [
      selector,
    ]),
    frameId,
  );

/**
 * Opens the picker in every frame of the tab at once and resolves with the first frame's pick (or
 * Esc); the pickers of the other frames are then closed.
 */
async function firstPick(tabId: number, frames: number[], strings: PickerStrings) {
  const pickIn = (frameId: number) =>
    browser.scripting
      .executeScript({
        target: { tabId, frameIds: [frameId] },
        func: (s: PickerStrings, top: boolean) =>
          (globalThis as unknown as Frame).attuneTeach.pick(s, top),
        args: [strings, frameId === 0],
      })
      .then(([r]) => {
        const framed = r?.result as Framed<Picked | null> | null | undefined;
        return framed ? { frameId, ...framed } : null;
      })
      .catch(() => null); // a frame that went away while the trainer looked
  const first = await new Promise<FrameAnswer<Picked | null> | null>((resolve) => {
    let left = frames.length;
    for (const frameId of frames)
      void pickIn(frameId).then((answer) => {
        if (answer) resolve(answer);
        if (--left === 0) resolve(null);
      });
  });
  const others = frames.filter((id) => id !== first?.frameId);
  if (others.length)
    await browser.scripting
      .executeScript({
        target: { tabId, frameIds: others },
        func: () => (globalThis as unknown as Frame).attuneTeach.cancel(),
      })
      .catch(() => undefined);
  return first;
}

/**
 * Brings the tab forward for the trainer to pick an element in it (in any of its frames), waits
 * for the pick (or Esc), then comes back to the studio.
 */
export async function pickOnTab(tabId: number, strings: PickerStrings): Promise<Picked | null> {
  const [self, tab] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.get(tabId)]);
  const frames = await injectFrames(tabId);
  await browser.tabs.update(tabId, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  try {
    const first = await firstPick(tabId, frames, strings);
    if (!first?.answer) return null;
    const { frameId, host } = first;
    return { ...first.answer, frameId, ...(frameId === 0 ? {} : { frame: host }) };
  } finally {
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true });
    if (self?.windowId !== undefined)
      await browser.windows.update(self.windowId, { focused: true });
  }
}
