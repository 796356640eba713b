import { storage } from 'wxt/utils/storage';

/** The stored choice that follows the browser's language (the default). */
export const BROWSER_LANGUAGE = 'browser';

/**
 * The language of the built-in packs' scripts: `browser` (the edition in the browser's language)
 * or a language tag (`en`, `es`) the user chose in Options › Packs. Editions share their prompt
 * ids, so changing it keeps history and trends.
 */
export const scriptLanguageItem = storage.defineItem<string>('local:script-language', {
  fallback: BROWSER_LANGUAGE,
  version: 1,
});

/** The language that picks the built-in editions: the user's choice, else the browser's. */
export function pickLanguage(choice: string | null | undefined, browserLanguage: string): string {
  const chosen = (choice ?? '').trim();
  return chosen === '' || chosen === BROWSER_LANGUAGE ? browserLanguage : chosen;
}
