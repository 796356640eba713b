// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CompiledMoment } from '../../../prompts/triggers/compile';
import { hasKeyword, headingText, matchMoments } from '../../../prompts/triggers/match';

function doc(html: string, title = ''): Document {
  const d = document.implementation.createHTMLDocument();
  d.title = title;
  d.body.innerHTML = html;
  return d;
}

const MOMENTS: CompiledMoment[] = [
  { id: 'serious-news', u: [], k: ['pathology', 'biopsy'], s: [] },
  { id: 'results', u: [], k: ['results'], s: ['[data-screen="labs"]'] },
  { id: 'telehealth', u: ['^https?:\\/\\/[^/]*\\/video\\/.*$'], k: ['video visit'], s: [] },
];

describe('matchMoments', () => {
  it('finds keywords in headings, whole words only, case-insensitively', () => {
    expect(matchMoments(doc('<h1>Results Review</h1>'), 'https://x.test/', MOMENTS)).toEqual([
      'results',
    ]);
    expect(
      matchMoments(doc('<h2>Surgical PATHOLOGY report</h2>'), 'https://x.test/', MOMENTS),
    ).toEqual(['serious-news']);
    expect(matchMoments(doc('<h1>Resultset browser</h1>'), 'https://x.test/', MOMENTS)).toEqual([]);
  });

  it('finds keywords in the title and in ARIA headings but not in body text', () => {
    expect(
      matchMoments(doc('<p>biopsy</p>', 'Biopsy – clinic'), 'https://x.test/', MOMENTS),
    ).toEqual(['serious-news']);
    expect(
      matchMoments(doc('<div role="heading">Video visit</div>'), 'https://x.test/', MOMENTS),
    ).toEqual(['telehealth']);
    expect(
      matchMoments(
        doc('<p>results of the pathology biopsy in a paragraph</p>'),
        'https://x.test/',
        MOMENTS,
      ),
    ).toEqual([]);
    expect(matchMoments(doc('<h4>Results</h4>'), 'https://x.test/', MOMENTS)).toEqual([]);
  });

  it('matches URL patterns and selectors', () => {
    expect(matchMoments(doc('<p>x</p>'), 'https://x.test/video/room/1', MOMENTS)).toEqual([
      'telehealth',
    ]);
    expect(
      matchMoments(doc('<main data-screen="labs"></main>'), 'https://x.test/', MOMENTS),
    ).toEqual(['results']);
  });

  it('returns every matching moment in trigger order', () => {
    const d = doc('<h1>Results review</h1><h2>Pathology report</h2>');
    expect(matchMoments(d, 'https://x.test/', MOMENTS)).toEqual(['serious-news', 'results']);
  });

  it('treats a selector the browser cannot parse as no match instead of failing', () => {
    const bad: CompiledMoment[] = [{ id: 'x', u: [], k: [], s: ['div[[['] }];
    expect(matchMoments(doc('<div></div>'), 'https://x.test/', bad)).toEqual([]);
  });
});

describe('keyword helpers', () => {
  it('reads the title, h1–h3 and ARIA headings only', () => {
    const text = headingText(
      doc('<h3>B</h3><h1>A</h1><h5>C</h5><p>D</p><div role="heading">E</div>', 'T'),
    );
    expect(text.split('\n').sort()).toEqual(['a', 'b', 'e', 't']);
  });

  it('matches phrases and punctuation edges', () => {
    expect(hasKeyword('video visit — connected', 'video visit')).toBe(true);
    expect(hasKeyword('(results)', 'results')).toBe(true);
    expect(hasKeyword('results2', 'results')).toBe(false);
    expect(hasKeyword('a+b results', 'a+b')).toBe(true);
  });
});

describe('URL patterns and fragments', () => {
  it('ignores the fragment, as match patterns do', () => {
    const m: CompiledMoment[] = [{ id: 'x', u: ['^https:\\/\\/x\\.test\\/a$'], k: [], s: [] }];
    expect(matchMoments(doc(''), 'https://x.test/a#section', m)).toEqual(['x']);
  });
});

describe('whole-word keywords', () => {
  it('finds a later whole-word occurrence after a partial one', () => {
    expect(hasKeyword('resultset results', 'results')).toBe(true);
    expect(hasKeyword('prerésults', 'résults')).toBe(false);
    expect(hasKeyword('ergebnisse: résultats', 'résultats')).toBe(true);
    expect(hasKeyword('anything', '')).toBe(false);
  });
});
