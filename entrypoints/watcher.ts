import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isOverlayHost } from '../components/overlay-host';
import { lookOnTimer, variantSource } from '../prompts/triggers/changes';
import type { CompiledMoment } from '../prompts/triggers/compile';
import {
  HEADING_TAGS,
  matchMoments,
  placeRoots,
  placesText,
  placesUsed,
} from '../prompts/triggers/match';
import { sendMessage } from '../utils/messages';

/**
 * How often the page's shape is looked at while it is visible. Measured against a
 * MutationObserver and 250/1,000 ms timers (docs/nudges.md, Performance): a look costs about
 * 0.05 ms whatever the page does, where an observer costs the page for every change it makes.
 * 500 ms keeps a screen change without a navigation event within a second of its card.
 */
export const LOOK_MS = 500;

/** The e2e build marks the watcher's steps on the page's timeline for the bench's breakdown. */
const mark = (step: string) => import.meta.env.MODE === 'e2e' && performance.mark(`attune-${step}`);

/**
 * Reads, cheaply, what of the page triggers could depend on: how many elements it has (not
 * counting the overlay's host, which changes nothing triggers read), its title, the text of its
 * h1–h3 headings, and the selected tab's and current item's text where a moment looks there
 * (`places`, see placesUsed). Compared between looks instead of re-matching: live collections
 * recount only after the DOM changed, so a look at an unchanged page costs next to nothing.
 */
export function shapeReader(doc: Document, places = 0): () => string {
  const all = doc.getElementsByTagName('*');
  const headings = HEADING_TAGS.map((tag) => doc.getElementsByTagName(tag));
  let roots: ParentNode[] = [];
  let rootsAt = '';
  return () => {
    // The overlay appends its host to <html>: a look at its few children finds it.
    const top = doc.documentElement.children;
    let count = all.length;
    for (let i = 0; i < top.length; i++) if (isOverlayHost(top[i] as Element)) count--;
    let shape = `${count}\n${doc.title}`;
    for (const list of headings)
      for (let i = 0; i < list.length; i++) shape += `\n${list[i]?.textContent}`;
    if (!places) return shape;
    // A tab switch changes an attribute and no element count: read the places themselves, in the
    // tab lists and navigations found when the page's elements or address last changed.
    const now = `${count}\n${doc.URL}`;
    if (now !== rootsAt) [roots, rootsAt] = [placeRoots(doc, places), now];
    return shape + placesText(roots, places);
  };
}

/**
 * Runs on enabled sites only (registered at runtime by the background as a content script).
 * Evaluates the site's compiled triggers in idle time and reports matched moment ids; page text
 * never leaves here. An unlisted script rather than WXT's content-script wrapper: every byte here
 * is paid by the host page, and the wrapper brings the browser polyfill along.
 */
export default defineUnlistedScript({
  main() {
    // Nothing runs before the page has loaded: the page's own start-up comes first. The work is a
    // task after the load event, not inside it, so the page's load time does not include it.
    const start = () => setTimeout(() => void watch());
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  },
});

/** Fetches the site's triggers, then evaluates them now and whenever the page may have changed. */
async function watch(): Promise<void> {
  const moments: CompiledMoment[] = await sendMessage('getTriggers');
  mark('triggers');
  if (moments.length === 0) return;
  let reported = '';
  let pending = 0;
  const shape = shapeReader(document, placesUsed(moments));
  const read = () => `${location.href}\n${shape()}`;
  let seen = '';
  // A selector can start matching without the shape changing (an element swapped for another).
  const selectors = moments.some((m) => m.s.length > 0);
  const evaluate = () => {
    pending = 0;
    mark('evaluate');
    seen = read();
    const url = location.href;
    const ids = matchMoments(document, url, moments);
    const key = `${url}|${ids.join()}`;
    if (ids.length && key !== reported) {
      reported = key;
      mark('report');
      sendMessage('reportMatches', { momentIds: ids }).catch(() => {});
    }
  };
  // Each timer is called as a method of `window`: Firefox's content-script sandbox refuses a
  // function taken off `window` and called without it ("does not implement interface Window").
  const schedule = () => {
    if (pending || document.hidden) return;
    pending =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(evaluate, { timeout: 100 })
        : window.setTimeout(evaluate);
  };
  /**
   * After a navigation event: a look once the new screen has had its frame (an app renders the
   * route it navigated to before the next paint), without waiting for idle time, which on a
   * busy page is most of the time from a route change to its card.
   */
  const navigated = () => {
    if (document.hidden || soon) return;
    soon = window.requestAnimationFrame(() =>
      window.setTimeout(() => {
        soon = 0;
        evaluate();
      }),
    );
  };
  let soon = 0;
  for (const type of ['popstate', 'hashchange']) addEventListener(type, navigated);
  // pushState/replaceState happen in the page's world; the Navigation API reports them here
  // (both events reach this world in Chromium 156 and Firefox ESR 153): currententrychange as the
  // address changes, navigatesuccess once an app that intercepted the navigation has rendered.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  for (const type of ['currententrychange', 'navigatesuccess'])
    navigation?.addEventListener(type, navigated);
  const source =
    (import.meta.env.MODE === 'e2e' && variantSource(location)) || lookOnTimer(LOOK_MS);
  source(() => (selectors || read() !== seen) && schedule());
  schedule();
}
