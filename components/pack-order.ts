/** The primary language subtag of a BCP 47 tag, lower-cased ("es" for "es-MX"), or "". */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The items whose language is the user's first, everything else after, each group in its
 * original order: a clinician sees the packs they can read at the top without losing the order
 * they were installed in. A missing or odd tag never matches.
 */
export function orderByLanguage<T>(
  items: readonly T[],
  localeOf: (item: T) => string | undefined,
  uiLocale: string,
): T[] {
  const want = primaryLanguage(uiLocale);
  const same = (item: T) => want !== '' && primaryLanguage(localeOf(item)) === want;
  return [...items.filter(same), ...items.filter((item) => !same(item))];
}

/**
 * A language's name in the user's language ("Spanish (Mexico)" for "es-MX" in English), or the
 * tag itself when the browser cannot name it: a pack's tag only has to look like BCP 47.
 */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A language's name in that language, capitalised as a choice in a list ("English", "Español",
 * "Español de México" for "es-MX"), or the tag itself when the browser cannot name it.
 */
export function endonym(tag: string): string {
  const name = languageName(tag, tag);
  if (name === tag) return tag;
  try {
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return name;
  }
}
