// Every string the user reads comes from locales/<lang>.yml through `i18n.t` (WXT's i18n module,
// on top of browser.i18n: the browser's language decides, as it does for the manifest).

import { i18n as browserI18n, type GeneratedI18nStructure } from '#i18n';
// Not wxt/browser: the overlay on a clinical page imports this file, and that is the polyfill.
import { nativeBrowser } from './native-browser';

/** A message key of locales/en.yml. */
export type MessageKey = keyof GeneratedI18nStructure;

/** Raw messages (placeholders left in) by key: what the background hands a content script. */
export type MessageTable = Partial<Record<MessageKey, string>>;

/** The messages handed to this page, looked up before the browser's (see {@link adoptMessages}). */
let handed: MessageTable | undefined;

/**
 * Messages by key, through the table handed to this page when it holds the key, else through
 * the browser. Same signature as WXT's `i18n.t`: a count picks the plural form and fills `$1`,
 * an array fills `$1`–`$9`, an object fills `{name}` placeholders.
 */
export const i18n: typeof browserI18n = {
  t: ((key: MessageKey, ...args: unknown[]) => {
    const raw = handed?.[key];
    // The generated signature is one overload per key; the table path takes the same arguments.
    const t = browserI18n.t as (key: string, ...rest: unknown[]) => string;
    return raw === undefined ? t(key, ...args) : formatMessage(raw, args);
  }) as typeof browserI18n.t,
};

/**
 * In a content script: takes its messages from `table`, looked up by the background, instead of
 * from the browser. A page's first `i18n.getMessage` waits for the browser to send the whole
 * message bundle (a synchronous round trip, about 5 ms of the host page's main thread), and the
 * overlay is paid for by the clinical page it sits on.
 */
export function adoptMessages(table: MessageTable): void {
  handed = table;
}

/** Substitutions that put `$1`–`$9` back: the browser fills missing ones with nothing. */
const KEEP_PLACEHOLDERS = Array.from({ length: 9 }, (_, i) => `$${i + 1}`);

/**
 * `keys`' raw messages from the browser, placeholders kept: the table for
 * {@link adoptMessages}. (An escaped dollar, `$$`, comes back as one `$`; no message has one.)
 */
export function messageTable(keys: readonly MessageKey[]): MessageTable {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      nativeBrowser().i18n.getMessage(key.replaceAll('.', '_'), KEEP_PLACEHOLDERS),
    ]),
  );
}

/**
 * What WXT's `i18n.t` makes of a raw message and its arguments, without the browser: `$1`–`$9`
 * filled as `getMessage` fills them (`$$` is a dollar), then the plural form chosen by the count
 * (forms split by " | ": one/other, or zero/one/other), then `{name}` placeholders filled.
 */
export function formatMessage(raw: string, args: readonly unknown[]): string {
  let count: number | undefined;
  let subs: unknown[] | undefined;
  let named: Record<string, unknown> | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) subs = arg;
    else if (arg != null && typeof arg === 'object') named = arg as Record<string, unknown>;
  }
  if (count !== undefined && subs === undefined) subs = [count];
  let message = raw.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : String(subs?.[Number(d) - 1] ?? ''),
  );
  if (count !== undefined) {
    const forms = message.split(' | ');
    if (forms.length === 2) message = forms[count === 1 ? 0 : 1] as string;
    else if (forms.length === 3) message = forms[count === 0 || count === 1 ? count : 2] as string;
  }
  const values = named;
  return values === undefined
    ? message
    : message.replace(NAMED, (match, name: string) =>
        Object.hasOwn(values, name) ? String(values[name]) : match,
      );
}

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
  const browserTag = globalThis.navigator?.language ?? nativeBrowser().i18n.getUILanguage();
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
  return handed?.[key] ?? nativeBrowser().i18n.getMessage(key.replaceAll('.', '_'));
}
