/**
 * How the watcher learns that the screen may have changed. `look` compares the page's shape with
 * the last evaluation's and schedules one when it differs; a source decides when to call it.
 */
export type ChangeSource = (look: () => void) => void;

/**
 * Looks every `ms` while the page is visible, and not at all while it is hidden: the cost is a
 * timer's, however busy the page is, where a MutationObserver made the page pay for every record
 * the browser built for it (docs/nudges.md, Performance).
 */
export const lookOnTimer =
  (ms: number): ChangeSource =>
  (look) => {
    let timer = 0;
    const loop = () => {
      timer = window.setTimeout(loop, ms);
      look();
    };
    const visibility = () => {
      window.clearTimeout(timer);
      if (!document.hidden) loop();
    };
    document.addEventListener('visibilitychange', visibility);
    visibility();
  };

/** The old way, for the bench: a look at every batch of DOM changes while visible. */
const observer: ChangeSource = (look) => {
  const mo = new MutationObserver(look);
  const connect = () =>
    document.hidden ? mo.disconnect() : mo.observe(document, { childList: true, subtree: true });
  document.addEventListener('visibilitychange', connect);
  connect();
};

/** How long the bench's windowed observer stays connected after a navigation event. */
const WINDOW_MS = 2000;

/**
 * For the bench: an observer connected only for WINDOW_MS after the load and each navigation
 * event (a route renders right after one), with a slow timer for screens changed without one.
 */
const observerWindow: ChangeSource = (look) => {
  const mo = new MutationObserver(look);
  let timer = 0;
  const open = () => {
    mo.observe(document, { childList: true, subtree: true });
    window.clearTimeout(timer);
    timer = window.setTimeout(() => mo.disconnect(), WINDOW_MS);
  };
  for (const type of ['popstate', 'hashchange']) addEventListener(type, open);
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', open);
  open();
  lookOnTimer(1000)(look);
};

/**
 * The e2e build's variants, chosen by the page's `attune-watch` query parameter so the bench can
 * interleave them in one browser: `observer`, `window`, `timer-<ms>`. Compiled out of production.
 */
export function variantSource(location: Location): ChangeSource | undefined {
  const name = new URLSearchParams(location.search).get('attune-watch');
  if (name === 'observer') return observer;
  if (name === 'window') return observerWindow;
  const ms = Number(name?.replace(/^timer-/, ''));
  return ms > 0 ? lookOnTimer(ms) : undefined;
}
