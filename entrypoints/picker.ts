import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Framed } from '../prompts/studio/frames';
import { cancelPicker, type PickerStrings, startPicker } from '../prompts/studio/pick-page';
import { checkSelector, type Picked, type SelectorFound } from '../prompts/studio/picked';
import { type Probe, type ProbeResult, runProbes } from '../prompts/studio/tab-test';

/**
 * What the studio calls in each frame of a tab it tests (see entrypoints/studio/actions.ts). Each
 * answer names the frame's host; null from a frame the watcher never runs in (about:blank, srcdoc:
 * its registration matches web addresses only), so the studio answers as the watcher would.
 */
export interface TeachApi {
  test: (probes: Probe[]) => Framed<ProbeResult[]> | null;
  /** `top`: the tab's top frame, which alone shows the picker's hint bar. */
  pick: (strings: PickerStrings, top: boolean) => Promise<Framed<Picked | null>> | null;
  check: (selector: string) => Framed<SelectorFound | null> | null;
  /** Closes an open picker (another frame was picked in). */
  cancel: () => void;
}

/**
 * Injected by the studio, on the trainer's click, into every frame of the tab the trainer chose:
 * the watcher's own matcher for "Test on this tab", and the element picker. It only answers the
 * studio's calls; it stores nothing and sends nothing. No framework, no polyfill.
 */
export default defineUnlistedScript(() => {
  const watched = () => /^https?:$/.test(location.protocol);
  const framed = <T>(answer: T): Framed<T> => ({ host: location.host, answer });
  const api: TeachApi = {
    test: (probes) => (watched() ? framed(runProbes(document, location.href, probes)) : null),
    pick: (strings, top) =>
      watched() ? startPicker(document, strings, top).then((p) => framed(p)) : null,
    check: (selector) => (watched() ? framed(checkSelector(document, selector)) : null),
    cancel: cancelPicker,
  };
  (globalThis as { attuneTeach?: TeachApi }).attuneTeach = api;
});
