import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReads } from './popup/raw-start';

/**
 * A classic script at the top of the popup's <head>: it runs while the page is parsed and starts
 * the first paint's storage reads, so they overlap the loading of the popup's modules instead of
 * following it. No framework and no polyfill: a few hundred bytes.
 */
export default defineUnlistedScript(startReads);
