// The three reads the popup's first paint waits for, started by popup-start.js while the page is
// still being parsed, before the popup's modules have loaded (see entrypoints/popup-start.ts).
import { LOCAL_KEYS } from '../../storage/keys';
import { nativeBrowser } from '../../utils/native-browser';

/** What the browser answered: the target tab, the popup's local keys, every tab's record. */
export interface RawStart {
  tab: chrome.tabs.Tab | undefined;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** Where popup-start.js leaves its reads for the popup's module: null once taken. */
interface StartGlobal {
  attuneStart?: Promise<RawStart> | null;
}

/** The tab the popup acts on: the active tab, or `?tab=ID` (how e2e tests open the popup). */
function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  return param
    ? nativeBrowser().tabs.get(Number(param))
    : nativeBrowser()
        .tabs.query({ active: true, currentWindow: true })
        .then((tabs) => tabs[0]);
}

/** The reads: the tab, and one per storage area. */
function read(): Promise<RawStart> {
  return Promise.all([
    targetTab(),
    nativeBrowser().storage.local.get(Object.values(LOCAL_KEYS)),
    // Every tab's record (a few small objects): reading them all saves waiting for the tab id.
    nativeBrowser().storage.session.get(null),
  ]).then(([tab, local, session]) => ({ tab, local, session }));
}

/**
 * popup-start.js: starts the reads and keeps them for the popup. It loads `async`, so the
 * popup's module may have run first and read already; then it does nothing.
 */
export function startReads(): void {
  const global = globalThis as StartGlobal;
  if (global.attuneStart === undefined) global.attuneStart = read();
}

/** The reads popup-start.js started, or new ones (it has not run yet, or they were taken). */
export function rawStart(): Promise<RawStart> {
  const global = globalThis as StartGlobal;
  const reads = global.attuneStart ?? read();
  global.attuneStart = null;
  return reads;
}
