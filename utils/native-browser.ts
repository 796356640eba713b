/**
 * The browser's own extension API: Firefox's `browser` or Chrome's `chrome`, both answering with
 * promises in MV3. For code that runs before anything else or on a clinical page (the popup's
 * first reads, the overlay's messages), where the polyfill behind `wxt/browser` costs bytes and
 * start-up time for nothing.
 */
export function nativeBrowser(): typeof chrome {
  const firefox = (globalThis as { browser?: typeof chrome }).browser;
  return firefox?.runtime?.id ? firefox : chrome;
}
