// browser.i18n for unit tests, as Chrome implements it, over the real locale files: tests see
// the English strings users see, and a key missing from locales/en.yml reads as "".
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

type Messages = ReturnType<typeof generateChromeMessages>;
const cache = new Map<string, Messages>();

/** Loads locales/<lang>.yml as Chrome's messages.json would hold it. */
export async function loadMessages(lang: string): Promise<Messages> {
  const known = cache.get(lang);
  if (known) return known;
  const messages = generateChromeMessages(await parseMessagesFile(`locales/${lang}.yml`));
  cache.set(lang, messages);
  return messages;
}

/** `browser.i18n.getMessage` over `messages`: `$1`–`$9` substituted, `$$` an escaped dollar. */
export function getMessageFrom(messages: Messages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
    );
  };
}
