import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../prompts/validate';
import { pathsWith, problemsOf, validPack } from './helpers';

describe('validatePack', () => {
  it('accepts a valid pack as data or as JSON text, filling defaults', () => {
    const pack = validPack();
    delete pack.ratingItems[0].scale;
    for (const input of [pack, JSON.stringify(pack), `\uFEFF${JSON.stringify(pack)}`]) {
      const r = validatePack(input);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.pack.moments[1]?.triggers.urlPatterns).toEqual([]);
        expect(r.pack.ratingItems[0]?.scale).toEqual({ min: 1, max: 5, labels: expect.any(Array) });
      }
    }
  });

  it('reports schema problems at their JSON Pointer, all of them', () => {
    const pack = validPack();
    pack.format = 2;
    pack.id = 'not reverse dns';
    pack.version = 'v1';
    delete pack.name;
    pack.locale = 'english please';
    pack.prompts[0].kind = 'poem';
    pack.prompts[0].component = 'vibes';
    pack.prompts[1].title = '   ';
    pack.moments[0].extra = true;
    const paths = problemsOf(pack).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/format',
        '/id',
        '/version',
        '/name',
        '/locale',
        '/prompts/0/kind',
        '/prompts/0/component',
        '/prompts/1/title',
        '/moments/0/extra',
      ]),
    );
  });

  it('rejects a script longer than 40 seconds of speech (150 words a minute)', () => {
    const pack = validPack();
    pack.prompts[0].text = 'word '.repeat(101);
    pack.prompts[0].seconds = 40;
    expect(pathsWith(pack, '40 seconds')).toEqual(['/prompts/0/text']);
    pack.prompts[0].text = 'word '.repeat(100);
    expect(validatePack(pack).ok).toBe(true);
  });

  it('rejects seconds out of range or dishonestly low', () => {
    const pack = validPack();
    pack.prompts[0].seconds = 41;
    pack.prompts[1].seconds = 0;
    expect(pathsWith(pack, 'at most 40 seconds')).toEqual(['/prompts/0/seconds']);
    expect(pathsWith(pack, 'at least 1 second')).toEqual(['/prompts/1/seconds']);
    const low = validPack();
    low.prompts[0].text = 'word '.repeat(60);
    low.prompts[0].seconds = 5;
    expect(pathsWith(low, 'takes about 24 seconds')).toEqual(['/prompts/0/seconds']);
  });

  it('rejects invalid match patterns and CSS selectors', () => {
    const pack = validPack();
    pack.moments[0].triggers.urlPatterns = [
      'https://*.ok.org/*',
      'example.org',
      'https://a*b.org/*',
      'https:///x',
      'gopher://x/*',
    ];
    pack.moments[0].triggers.selectors = [
      '#ok .fine > a[href]',
      'div[',
      'div >',
      ':contains(x)',
      '',
      '<img src=x>',
      'a::before',
    ];
    expect(pathsWith(pack, 'match pattern')).toEqual(
      [1, 2, 3, 4].map((i) => `/moments/0/triggers/urlPatterns/${i}`),
    );
    expect(pathsWith(pack, 'CSS selector')).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `/moments/0/triggers/selectors/${i}`),
    );
  });

  it('rejects a moment no prompt uses and a reference to a missing moment', () => {
    const pack = validPack();
    pack.prompts[1].moments = ['results', 'telehealth'];
    expect(pathsWith(pack, 'not used by any prompt')).toEqual(['/moments/1']);
    expect(pathsWith(pack, 'does not define')).toEqual(['/prompts/1/moments/1']);
  });

  it('rejects duplicate ids of prompts, moments, rating items and checklist items', () => {
    const pack = validPack();
    pack.prompts.push({ ...pack.prompts[0] });
    pack.moments.push({ ...pack.moments[1] });
    pack.ratingItems.push({ ...pack.ratingItems[0] });
    pack.prompts[1].items.push({ id: 'summarise', text: 'Again' });
    expect(pathsWith(pack, 'duplicate')).toEqual([
      '/moments/2/id',
      '/prompts/2/id',
      '/ratingItems/1/id',
      '/prompts/1/items/2/id',
    ]);
  });

  it.each(['__proto__', 'toString', 'hasOwnProperty', 'Results', 'two words', '-edge'])(
    'rejects the id %j of every kind: the documented shape is lower-case words and hyphens',
    (id) => {
      const pack = validPack();
      pack.id = id;
      pack.moments[1].id = id;
      pack.prompts[0].id = id;
      pack.prompts[1].items[0].id = id;
      pack.ratingItems[0].id = id;
      const paths = problemsOf(pack).map((p) => p.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/id',
          '/moments/1/id',
          '/prompts/0/id',
          '/prompts/1/items/0/id',
          '/ratingItems/0/id',
        ]),
      );
    },
  );

  it('accepts property-like ids the shape allows (they are data to the journal)', () => {
    const pack = validPack();
    pack.id = 'org.constructor.prototype';
    pack.moments[1].id = 'constructor';
    pack.prompts[1].moments = ['results', 'constructor'];
    pack.prompts[0].id = 'prototype';
    pack.prompts[1].items[0].id = 'constructor';
    pack.ratingItems[0].id = 'valueof';
    expect(validatePack(pack).ok).toBe(true);
  });

  it('requires items on checklists and only there', () => {
    const pack = validPack();
    delete pack.prompts[1].items;
    pack.prompts[0].items = [{ id: 'a', text: 'A' }];
    expect(pathsWith(pack, 'checklist').sort()).toEqual(['/prompts/0/items', '/prompts/1/items']);
  });

  it('enforces counts and lengths with clear messages', () => {
    const pack = validPack();
    pack.prompts[0].title = 'x'.repeat(81);
    pack.prompts[1].text = 'y'.repeat(1001);
    pack.moments[0].triggers.keywords = ['k', 'z'.repeat(61)];
    pack.ratingItems = Array.from({ length: 21 }, (_, i) => ({ id: `r${i}`, text: 'Rated' }));
    const problems = problemsOf(pack);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/prompts/0/title', message: 'is too long: 81 characters, at most 80' },
        { path: '/prompts/1/text', message: 'is too long: 1001 characters, at most 1000' },
        { path: '/moments/0/triggers/keywords/0', message: 'must be at least 2 characters' },
        {
          path: '/moments/0/triggers/keywords/1',
          message: 'is too long: 61 characters, at most 60',
        },
        { path: '/ratingItems', message: 'has too many rating items: 21, at most 20' },
      ]),
    );
  });

  it('rejects a moment without triggers and a scale whose labels do not fit', () => {
    const pack = validPack();
    pack.moments[1].triggers = {};
    pack.ratingItems[0].scale = { min: 1, max: 4, labels: ['a', 'b', 'c'] };
    expect(pathsWith(pack, 'can never be shown')).toEqual(['/moments/1/triggers']);
    expect(pathsWith(pack, 'needs 4')).toEqual(['/ratingItems/0/scale/labels']);
  });

  it('rejects files over 1 MiB, bad JSON and deep nesting without throwing', () => {
    expect(problemsOf('x'.repeat(1024 * 1024 + 1))[0]?.message).toMatch(/at most 1 MiB/);
    expect(problemsOf(`"${'é'.repeat(600_000)}"`)[0]?.message).toMatch(/at most 1 MiB/);
    expect(problemsOf('{"format": 1,')[0]).toEqual({
      path: '',
      message: expect.stringMatching(/not valid JSON.*line 1/),
    });
    expect(problemsOf('['.repeat(500_000) + ']'.repeat(500_000))[0]?.message).toMatch(
      /nested more than/,
    );
    const deep: Record<string, unknown> = validPack();
    let cur = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      cur.x = next;
      cur = next;
    }
    expect(problemsOf(deep)[0]).toEqual({
      path: `${'/x'.repeat(30)}/x/x`,
      message: expect.stringMatching(/nested more than 32/),
    });
    const cyclic: Record<string, unknown> = validPack();
    cyclic.self = cyclic;
    expect(problemsOf(cyclic)[0]).toEqual({
      path: '/self',
      message: expect.stringMatching(/cycle/),
    });
    for (const x of [undefined, null, 42, [], 'null', () => 1, 10n, Symbol('s')])
      expect(problemsOf(x).length).toBeGreaterThan(0);
  });

  it('rejects lists where objects belong (found by the fuzz test)', () => {
    const pack = validPack();
    pack.moments[0].triggers = [];
    pack.author = [];
    expect(pathsWith(pack, 'not a list').sort()).toEqual(['/author', '/moments/0/triggers']);
    expect(problemsOf([])).toEqual([{ path: '', message: expect.stringMatching(/not a list/) }]);
  });

  it('escapes ~ and / in pointers and accepts HTML-looking text as plain text', () => {
    const pack = validPack();
    pack.author['a/b~c'] = 1;
    expect(pathsWith(pack, 'not a known field')).toEqual(['/author/a~1b~0c']);
    const html = validPack();
    html.prompts[0].text = '<img src=x onerror=alert(1)> <script>alert(1)</script>';
    expect(validatePack(html).ok).toBe(true);
  });
});
