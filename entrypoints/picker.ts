import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { checkSelector, type PickerStrings, startPicker } from '../prompts/studio/pick-page';
import { type Probe, runProbes } from '../prompts/studio/tab-test';

/** What the studio calls in a tab it tests (see entrypoints/studio/actions.ts). */
export interface TeachApi {
  test: (probes: Probe[]) => ReturnType<typeof runProbes>;
  pick: (strings: PickerStrings) => ReturnType<typeof startPicker>;
  check: (selector: string) => ReturnType<typeof checkSelector>;
}

/**
 * Injected by the studio, on the trainer's click, into the tab the trainer chose: the watcher's
 * own matcher for "Test on this tab", and the element picker. It only answers the studio's calls;
 * it stores nothing and sends nothing. No framework, no polyfill.
 */
export default defineUnlistedScript(() => {
  const api: TeachApi = {
    test: (probes) => runProbes(document, location.href, probes),
    pick: (strings) => startPicker(document, strings),
    check: (selector) => checkSelector(document, selector),
  };
  (globalThis as { attuneTeach?: TeachApi }).attuneTeach = api;
});
