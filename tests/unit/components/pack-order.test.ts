import { describe, expect, it } from 'vitest';
import {
  endonym,
  languageName,
  orderByLanguage,
  primaryLanguage,
} from '../../../components/pack-order';

interface Item {
  id: string;
  locale?: string;
}

const order = (items: Item[], ui: string) =>
  orderByLanguage(items, (i) => i.locale, ui).map((i) => i.id);

describe('primaryLanguage', () => {
  it('takes the first subtag, lower-cased', () => {
    expect(primaryLanguage('es-MX')).toBe('es');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage('')).toBe('');
    expect(primaryLanguage(undefined)).toBe('');
  });
});

describe('orderByLanguage', () => {
  it("puts the packs in the user's language first", () => {
    const items = [
      { id: 'a', locale: 'en' },
      { id: 'b', locale: 'es' },
      { id: 'c', locale: 'fr' },
    ];
    expect(order(items, 'es')).toEqual(['b', 'a', 'c']);
    expect(order(items, 'fr-CA')).toEqual(['c', 'a', 'b']);
  });

  it('matches region variants on the language alone', () => {
    const items = [
      { id: 'gb', locale: 'en-GB' },
      { id: 'mx', locale: 'es-MX' },
      { id: 'es', locale: 'es' },
      { id: 'ar', locale: 'es-419' },
    ];
    expect(order(items, 'es')).toEqual(['mx', 'es', 'ar', 'gb']);
    expect(order(items, 'es-ES')).toEqual(['mx', 'es', 'ar', 'gb']);
    expect(order(items, 'en-US')).toEqual(['gb', 'mx', 'es', 'ar']);
  });

  it('never matches a missing, empty or odd tag, and never fails on one', () => {
    const items = [
      { id: 'none' },
      { id: 'empty', locale: '' },
      { id: 'odd', locale: 'x-klingon' },
      { id: 'upper', locale: 'ES-mx' },
      { id: 'bad', locale: 'es-' },
    ];
    expect(order(items, 'es')).toEqual(['upper', 'bad', 'none', 'empty', 'odd']);
    // An empty UI tag puts nothing first, not the packs without a tag.
    expect(order(items, '')).toEqual(['none', 'empty', 'odd', 'upper', 'bad']);
  });

  it('keeps the original order within each group (stable) and leaves its input alone', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: String(i),
      locale: i % 3 === 0 ? 'es-AR' : 'en',
    }));
    const before = items.map((i) => i.id);
    const ids = order(items, 'es');
    expect(ids).toEqual([
      ...before.filter((id) => Number(id) % 3 === 0),
      ...before.filter((id) => Number(id) % 3 !== 0),
    ]);
    expect(items.map((i) => i.id)).toEqual(before);
    expect(order([], 'es')).toEqual([]);
  });
});

describe('languageName', () => {
  it("names a pack's language in the user's language", () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('en', 'es')).toBe('inglés');
    expect(languageName('es-MX', 'en')).toMatch(/Spanish/);
  });

  it('falls back to the tag when it cannot be named', () => {
    expect(languageName('en-a', 'en')).toBe('en-a');
    expect(languageName('es', '')).toBe('es');
  });
});

describe('endonym', () => {
  it('names a language in itself, capitalised as a choice in a list', () => {
    expect(endonym('en')).toBe('English');
    expect(endonym('es')).toBe('Español');
    expect(endonym('es-MX')).toMatch(/^Español/);
    expect(endonym('en-a')).toBe('en-a');
  });
});
