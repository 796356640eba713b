// The locale files are complete and every string a user reads comes from them.
import { readFileSync } from 'node:fs';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { findHardCoded, uiSourceFiles } from './source-strings';

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>;

/** key → every text of that key (one, or one per plural form). */
async function texts(lang: string): Promise<Map<string, string[]>> {
  const parsed: Parsed = await parseMessagesFile(`locales/${lang}.yml`);
  // parseMessagesFile adds Chrome's predefined @@ messages; they are the browser's, not ours.
  return new Map(
    parsed
      .filter((m) => !m.key[0]?.startsWith('@@'))
      .map((m) => [m.key.join('.'), m.type === 'plural' ? Object.values(m.plurals) : [m.message]]),
  );
}

/** The placeholders in a text: `$1`…`$9` and `{name}`, sorted. */
const placeholders = (text: string) =>
  [...new Set(text.match(/\$[1-9]|\{[A-Za-z0-9_]+\}/g) ?? [])].sort();

const LOCALES = ['es'];

describe('locale files', () => {
  for (const lang of LOCALES) {
    it(`${lang}.yml has every key of en.yml and no other`, async () => {
      const [en, other] = await Promise.all([texts('en'), texts(lang)]);
      const missing = [...en.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !en.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${lang}.yml keeps each message's placeholders and plural forms`, async () => {
      const [en, other] = await Promise.all([texts('en'), texts(lang)]);
      const wrong: string[] = [];
      for (const [key, english] of en) {
        const translated = other.get(key);
        if (!translated) continue;
        if (translated.length !== english.length) wrong.push(`${key}: plural forms`);
        const want = placeholders(english.join(' '));
        const got = placeholders(translated.join(' '));
        if (want.join() !== got.join())
          wrong.push(`${key}: ${got.join()} instead of ${want.join()}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('has no empty message', async () => {
    for (const lang of ['en', ...LOCALES])
      for (const [key, list] of await texts(lang))
        for (const text of list) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
  });

  it('uses every key of en.yml somewhere in the code', async () => {
    const code = [...uiSourceFiles(), 'wxt.config.ts']
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = [...(await texts('en')).keys()].filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key.replaceAll('.', '_')}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('source', () => {
  it('writes no user-visible text outside the locale files', () => {
    const found = uiSourceFiles().flatMap((f) => findHardCoded(f));
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });

  it('finds text in JSX, in text attributes and in prose literals, and skips code', () => {
    const sample = `
      const a = <p title="Drag me">Hello there</p>;
      const b = say('Draft discarded.');
      const c = i18n.t('popup.saved');
      const d = document.querySelector('[data-testid="x"]');
      const e = <div data-testid="Not Text" class="Big thing" />;
      // i18n-ignore
      const f = 'A message for developers only.';
    `;
    expect(findHardCoded('sample.tsx', sample).map((f) => f.text)).toEqual([
      'Drag me',
      'Hello there',
      'Draft discarded.',
    ]);
  });
});
