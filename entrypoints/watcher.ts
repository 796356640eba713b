import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isOverlayHost } from '../components/overlay-host';
import type { CompiledMoment } from '../prompts/triggers/compile';
import { HEADING_TAGS, matchMoments } from '../prompts/triggers/match';
import { sendMessage } from '../utils/messages';

/** Least time between two evaluations: bounds the cost on a page that changes constantly. */
const MIN_GAP_MS = 500;

/**
 * Reads, cheaply, what of the page triggers could depend on: how many elements it has (not
 * counting the overlay's host, which changes nothing triggers read), its title, and the text of
 * its h1–h3 headings. The observer compares this instead of reading its records: a live page sends
 * hundreds of text-only records a second, and touching each one from the watcher's world cost the
 * monitoring board about 5% of its script time. Live collections recount only after the DOM changed.
 */
export function shapeReader(doc: Document): () => string {
  const all = doc.getElementsByTagName('*');
  const headings = HEADING_TAGS.map((tag) => doc.getElementsByTagName(tag));
  return () => {
    // The overlay appends its host to <html>: a look at its few children finds it.
    const top = doc.documentElement.children;
    let count = all.length;
    for (let i = 0; i < top.length; i++) if (isOverlayHost(top[i] as Element)) count--;
    let shape = `${count}\n${doc.title}`;
    for (const list of headings)
      for (let i = 0; i < list.length; i++) shape += `\n${list[i]?.textContent}`;
    return shape;
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
  if (moments.length === 0) return;
  let reported = '';
  let timer = 0;
  let last = 0;
  const shape = shapeReader(document);
  let seen = '';
  // A selector can start matching without the shape changing (an element swapped for another).
  const selectors = moments.some((m) => m.s.length > 0);
  const evaluate = () => {
    timer = 0;
    last = Date.now();
    seen = shape();
    const url = location.href;
    const ids = matchMoments(document, url, moments);
    const key = `${url}|${ids.join()}`;
    if (ids.length && key !== reported) {
      reported = key;
      sendMessage('reportMatches', { momentIds: ids }).catch(() => {});
    }
  };
  // Each timer is called as a method of `window`: Firefox's content-script sandbox refuses a
  // function taken off `window` and called without it ("does not implement interface Window").
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(evaluate, { timeout: 100 })
      : window.setTimeout(evaluate);
  const schedule = () => {
    if (timer || document.hidden) return;
    timer = window.setTimeout(idle, Math.max(0, last + MIN_GAP_MS - Date.now()));
  };
  const observer = new MutationObserver(() => (selectors || shape() !== seen) && schedule());
  const observe = () => observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) return observer.disconnect();
    observe();
    schedule();
  });
  for (const type of ['popstate', 'hashchange']) addEventListener(type, schedule);
  // pushState/replaceState happen in the page's world; the Navigation API reports them here.
  (window as { navigation?: EventTarget }).navigation?.addEventListener(
    'navigatesuccess',
    schedule,
  );
  if (!document.hidden) observe();
  schedule();
}
