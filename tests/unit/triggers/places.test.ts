// @vitest-environment happy-dom
// EHR screens name themselves in a selected tab or the current navigation item rather than in
// h1–h3: a pack's moment can opt in (`keywordsIn`), and only then does the watcher look there.
import { describe, expect, it } from 'vitest';
import { shapeReader } from '../../../entrypoints/watcher';
import coreEmpathy from '../../../prompts/core-empathy.json';
import { compileMoments } from '../../../prompts/triggers/compile';
import { matchMoments, placesUsed } from '../../../prompts/triggers/match';
import { validatePack } from '../../../prompts/validate';

function doc(html: string, title = 'Chart'): Document {
  const d = document.implementation.createHTMLDocument();
  d.title = title;
  d.body.innerHTML = html;
  return d;
}

/** A built-in pack whose first moment has the given triggers. */
function pack(triggers: Record<string, unknown>) {
  const copy = structuredClone(coreEmpathy) as { moments: { triggers: unknown }[] };
  (copy.moments[0] as { triggers: unknown }).triggers = {
    urlPatterns: [],
    selectors: [],
    ...triggers,
  };
  return copy;
}

const TABS = `<div role="tablist"><button role="tab" aria-selected="false">Summary</button>
  <button role="tab" aria-selected="true">Lab results</button></div><p>Potassium 4.1</p>`;
const NAV = `<nav><a href="/a">Orders</a><a href="/b" aria-current="page">Lab results</a></nav>`;

describe('keywords in the selected tab and the current navigation item', () => {
  it('compiles keywordsIn to places, leaving moments that do not say as before', () => {
    const [tabs] = compileMoments([
      pack({ keywords: ['lab results'], keywordsIn: ['title', 'tabs'] }),
    ] as never);
    const [plain] = compileMoments([pack({ keywords: ['lab results'] })] as never);
    expect(tabs?.w).toBe(1 | 4);
    expect(plain && 'w' in plain).toBe(false);
  });

  it('the validator accepts the places and names a wrong one', () => {
    expect(
      validatePack(pack({ keywords: ['lab results'], keywordsIn: ['tabs', 'current'] })).ok,
    ).toBe(true);
    const bad = validatePack(pack({ keywords: ['lab results'], keywordsIn: ['sidebar'] }));
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).toContain('keywordsIn');
  });

  it('matches the selected tab only for a moment that opted in', () => {
    const optIn = [{ id: 'results', u: [], k: ['lab results'], s: [], w: 2 | 4 }];
    const plain = [{ id: 'results', u: [], k: ['lab results'], s: [] }];
    expect(matchMoments(doc(TABS), 'https://x.test/', optIn)).toEqual(['results']);
    expect(matchMoments(doc(TABS), 'https://x.test/', plain)).toEqual([]);
    // An unselected tab's label is not the screen's name.
    const other = [{ id: 'summary', u: [], k: ['summary'], s: [], w: 4 }];
    expect(matchMoments(doc(TABS), 'https://x.test/', other)).toEqual([]);
  });

  it("matches the page's aria-current item, not a date picker's today", () => {
    const optIn = [{ id: 'results', u: [], k: ['lab results'], s: [], w: 8 }];
    expect(matchMoments(doc(NAV), 'https://x.test/', optIn)).toEqual(['results']);
    const today = '<table><td aria-current="date">Lab results</td></table>';
    expect(matchMoments(doc(today), 'https://x.test/', optIn)).toEqual([]);
  });

  it('a moment that looks only in tabs ignores the title', () => {
    const tabsOnly = [{ id: 'results', u: [], k: ['chart'], s: [], w: 4 }];
    expect(matchMoments(doc(TABS, 'Chart'), 'https://x.test/', tabsOnly)).toEqual([]);
  });

  it("the watcher's shape changes when another tab is selected, only where a moment looks there", () => {
    const d = doc(TABS);
    const places = placesUsed([{ id: 'results', u: [], k: ['x'], s: [], w: 4 }]);
    expect(placesUsed([{ id: 'results', u: [], k: ['x'], s: [] }])).toBe(0);
    const withTabs = shapeReader(d, places);
    const without = shapeReader(d);
    const [a, b] = [withTabs(), without()];
    const [first, second] = d.querySelectorAll('[role=tab]');
    first?.setAttribute('aria-selected', 'true');
    second?.setAttribute('aria-selected', 'false');
    expect(withTabs()).not.toBe(a);
    expect(without()).toBe(b);
  });

  it('the shape sees the current item move within its navigation (no element added, same address)', () => {
    const d = doc(NAV);
    const look = shapeReader(d, placesUsed([{ id: 'results', u: [], k: ['x'], s: [], w: 8 }]));
    const before = look();
    const [orders, results] = d.querySelectorAll('nav a');
    results?.removeAttribute('aria-current');
    orders?.setAttribute('aria-current', 'page');
    expect(look()).not.toBe(before);
    expect(look()).toContain('Orders');
  });
});
