// Every string the user reads comes from locales/<lang>.yml through `i18n.t` (WXT's i18n module,
// on top of browser.i18n: the browser's language decides, as it does for the manifest).

import { browser } from 'wxt/browser';
import { type GeneratedI18nStructure, i18n } from '#i18n';

export { i18n };

/** A message key of locales/en.yml. */
export type MessageKey = keyof GeneratedI18nStructure;

/**
 * The language the messages are shown in, as a BCP 47 tag ("en-GB", "es"): for Intl formatting,
 * `lang` attributes and the order of packs. Each locale file names its own language (`locale`),
 * because the browser's language can disagree with the locale it took the messages from; the
 * browser's tag is kept when it is the same language, for its region ("en-GB" dates).
 */
export function uiLocale(): string {
  locale ??= pickLocale();
  return locale;
}

/** The language cannot change while a page is open; asking the browser each time was costly. */
let locale: string | undefined;

function pickLocale(): string {
  // navigator.language is the browser's UI language in extension pages and content scripts, and
  // costs nothing; browser.i18n.getUILanguage() took 10+ ms on an options page's first call.
  const browserTag = globalThis.navigator?.language ?? browser.i18n.getUILanguage();
  const shown = i18n.t('locale');
  if (!shown) return browserTag;
  return browserTag.split('-')[0] === shown ? browserTag : shown;
}

const NAMED = /\{([A-Za-z0-9_]+)\}/g;

/**
 * A message with `{name}` placeholders split into parts, each placeholder replaced by the value
 * given for it: how a translated sentence keeps markup (a `<strong>` origin, a link) in the place
 * the translator chose.
 */
export function fillParts<T>(message: string, values: Record<string, T>): (string | T)[] {
  const out: (string | T)[] = [];
  let last = 0;
  for (const m of message.matchAll(NAMED)) {
    const name = m[1] as string;
    if (!Object.hasOwn(values, name)) continue;
    if (m.index > last) out.push(message.slice(last, m.index));
    out.push(values[name] as T);
    last = m.index + m[0].length;
  }
  if (last < message.length) out.push(message.slice(last));
  return out;
}

/** The raw message for `key`, placeholders left in: the input of {@link fillParts}. */
export function rawMessage(key: MessageKey): string {
  // The browser's typing lists only its predefined messages; ours are generated from the YAML.
  return browser.i18n.getMessage(key.replaceAll('.', '_') as '@@ui_locale');
}
