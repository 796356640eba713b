import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../prompts/schema';
import { compileMoments, matchPatternToRegExp } from '../../../prompts/triggers/compile';

const PATTERNS = [
  'https://ehr.example.org/*',
  'https://*.example.org/results/*',
  '*://*/*pathology*',
  'http://127.0.0.1/*',
  'https://ehr.example.org/chart/*/summary',
];
const URLS = [
  'https://ehr.example.org/',
  'https://ehr.example.org/chart/123/summary',
  'https://ehr.example.org/chart/123/summary/more',
  'https://a.b.example.org/results/7',
  'https://example.org/results/7',
  'https://example.org.evil.test/results/7',
  'http://ehr.example.org/',
  'http://127.0.0.1:5173/results.html',
  'https://any.test/lab/pathology?x=1',
  'https://other.test/',
];

describe('matchPatternToRegExp', () => {
  it('agrees with @webext-core/match-patterns on every pattern and URL', () => {
    for (const p of PATTERNS) {
      const re = new RegExp(matchPatternToRegExp(p));
      const lib = new MatchPattern(p);
      for (const url of URLS) expect([p, url, re.test(url)]).toEqual([p, url, lib.includes(url)]);
    }
  });

  it('matches the query string as Chrome does (the library compares the path only)', () => {
    expect(
      new RegExp(matchPatternToRegExp('*://*/*pathology*')).test(
        'https://any.test/lab/?q=pathology',
      ),
    ).toBe(true);
  });

  it('rejects what is not a match pattern', () => {
    expect(() => matchPatternToRegExp('ehr.example.org')).toThrow(/Invalid match pattern/);
    expect(() => matchPatternToRegExp('https://ehr.example.org')).toThrow(/Invalid match pattern/);
  });
});

describe('compileMoments', () => {
  const pack = (id: string, moments: Pack['moments']) => ({ id, moments }) as unknown as Pack;

  it('merges moments that share an id across packs, lower-cases keywords and dedupes', () => {
    const compiled = compileMoments([
      pack('a.one', [
        {
          id: 'results',
          name: 'Results',
          triggers: { urlPatterns: [], keywords: ['Results'], selectors: ['#lab'] },
        },
      ]),
      pack('a.two', [
        {
          id: 'results',
          name: 'Results',
          triggers: {
            urlPatterns: ['*://*/labs/*'],
            keywords: ['results', 'Lab review'],
            selectors: [],
          },
        },
        {
          id: 'discharge',
          name: 'Discharge',
          triggers: { urlPatterns: [], keywords: ['discharge'], selectors: [] },
        },
      ]),
    ]);
    expect(compiled.map((m) => m.id)).toEqual(['results', 'discharge']);
    expect(compiled[0]?.k).toEqual(['results', 'lab review']);
    expect(compiled[0]?.s).toEqual(['#lab']);
    expect(compiled[0]?.u).toHaveLength(1);
  });
});
