// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectorFor, typedSelector } from '../../../prompts/studio/selector';
import { isStableToken, matchesOnly, ownSelectors } from '../../../prompts/studio/selector-parts';

/** A fixture document: an EHR-like screen with tabs, generated ids and hashed classes. */
function screen(): Document {
  const d = document.implementation.createHTMLDocument('Correspondence');
  d.body.innerHTML = `
    <header class="app-bar css-1x9f2a"><span class="brand">EHR</span></header>
    <main id="main">
      <div role="tablist" class="tabs">
        <button role="tab" id="tab-3381977" class="tab css-9fk2ja active" data-tab="clinic-letter" aria-selected="true">Clinic letter</button>
        <button role="tab" id="tab-3381978" class="tab css-8sd7a1" data-tab="referral" aria-selected="false">Referral</button>
        <button role="tab" id=":r4:" class="tab" aria-controls="panel-attach" aria-selected="false"><span class="icon">📎</span><span>Attachments</span></button>
      </div>
      <section id="panel-7f3a9b21c4" class="pane sc-bdVaJa" data-view="clinic-letter">
        <div class="pane-head">Letter to GP</div>
        <p class="muted">Draft</p>
        <ul class="copies"><li>One</li><li>Two</li></ul>
      </section>
      <section class="pane"><div class="pane-head">Dictation</div></section>
      <label for="letter-body">Letter</label><textarea name="letter-body"></textarea>
    </main>
    <nav class="side"><a href="/inbox" data-nav="inbox">Inbox</a><a href="/letters" data-nav="letters" aria-current="page">Letters</a></nav>
    <ul class="filters"><li class="filter">Mine</li><li class="filter selected" data-state="on">All</li></ul>`;
  return d;
}

const pick = (d: Document, css: string) => {
  const el = d.querySelector(css);
  if (!el) throw new Error(`no ${css} in the fixture`);
  return el;
};

describe('isStableToken', () => {
  it('accepts words a person wrote', () => {
    for (const t of ['main', 'clinic-letter', 'tab2', 'pane-head', 'letter_body', 'look12'])
      expect(isStableToken(t), t).toBe(true);
  });
  it('refuses generated ids and hashed classes', () => {
    for (const t of [
      'tab-3381977',
      'panel-7f3a9b21c4',
      ':r4:',
      'css-1x9f2a',
      'sc-bdVaJa',
      'ember123',
      '9col',
    ])
      expect(isStableToken(t), t).toBe(false);
  });
});

describe('selectorFor', () => {
  it('prefers a data attribute to a generated id, and matches that one element only', () => {
    const d = screen();
    const view = pick(d, '#panel-7f3a9b21c4');
    expect(selectorFor(view)).toEqual({ selector: '[data-view="clinic-letter"]', fragile: false });
  });

  it('prefers a stable id to everything else', () => {
    const d = screen();
    expect(selectorFor(pick(d, 'main'))?.selector).toBe('#main');
  });

  it('uses the role with an ARIA attribute when there is no id or data attribute', () => {
    const d = screen();
    const s = selectorFor(pick(d, '[aria-controls="panel-attach"]'));
    expect(s?.selector).toBe('[role="tab"][aria-controls="panel-attach"][aria-selected="true"]');
  });

  it('names an element without attributes under its nearest stable ancestor, not by a class chain', () => {
    const d = screen();
    const head = pick(d, '[data-view] .pane-head');
    const s = selectorFor(head);
    expect(s).toEqual({ selector: '[data-view="clinic-letter"] div', fragile: false });
    expect(matchesOnly(head, s?.selector ?? '')).toBe(true);
  });

  it('is unique for every element of the screen (a tab once it is the selected one)', () => {
    const d = screen();
    const tabs = [...d.querySelectorAll('[role="tab"]')];
    for (const el of d.body.querySelectorAll('*')) {
      const tab = el.closest('[role="tab"]');
      for (const t of tabs)
        t.setAttribute('aria-selected', String(t === tab || (!tab && t === tabs[0])));
      const s = selectorFor(el);
      expect(s && matchesOnly(el, s.selector), s?.selector).toBe(true);
    }
  });

  it('is the same selector when the page is restyled (classes changed)', () => {
    const d = screen();
    const targets = ['[data-tab="clinic-letter"]', '[data-view] > div', '[name="letter-body"]'];
    const before = targets.map((t) => selectorFor(pick(d, t))?.selector);
    // Restyled: every class renamed, and a new one (unique on the page) added to each element.
    for (const [n, el] of [...d.body.querySelectorAll('[class]')].entries())
      el.className = `${[...el.classList].map((c) => `${c}-v2`).join(' ')} look${n}`;
    const after = targets.map((t) => selectorFor(pick(d, t))?.selector);
    expect(after).toEqual(before);
    for (const [i, t] of targets.entries())
      expect(matchesOnly(pick(d, t), after[i] ?? '')).toBe(true);
  });

  it('never offers a generated id or hashed class among an element’s own selectors', () => {
    const d = screen();
    const own = ownSelectors(pick(d, '#panel-7f3a9b21c4')).join(' ');
    expect(own).not.toContain('7f3a9b21c4');
    expect(own).not.toContain('sc-bdVaJa');
    expect(own).toContain('[data-view="clinic-letter"]');
  });

  it('falls back on a short position under a named ancestor, and says it is fragile', () => {
    const d = screen();
    const second = pick(d, '.copies li:nth-child(2)');
    const s = selectorFor(second);
    expect(s?.fragile).toBe(true);
    expect(s?.selector).toBe('[data-view="clinic-letter"] > ul > li:nth-of-type(2)');
    expect(matchesOnly(second, s?.selector ?? '')).toBe(true);
  });

  it('for a tab label, matches only while that tab is the selected one', () => {
    const d = screen();
    const letter = pick(d, '[data-tab="clinic-letter"]');
    const s = selectorFor(letter);
    expect(s).toEqual({
      selector: '[data-tab="clinic-letter"][aria-selected="true"]',
      fragile: false,
      state: { kind: 'selected', now: true, place: 'tabs' },
    });
    expect(matchesOnly(letter, s?.selector ?? '')).toBe(true);
    // The trainer's screen is left for the referral: the tab strip stays, the selector stops matching.
    letter.setAttribute('aria-selected', 'false');
    pick(d, '[data-tab="referral"]').setAttribute('aria-selected', 'true');
    expect(d.querySelectorAll(s?.selector ?? '')).toHaveLength(0);
    letter.setAttribute('aria-selected', 'true');
    expect(matchesOnly(letter, s?.selector ?? '')).toBe(true);
  });

  it('for an element inside a tab, goes through the selected tab; a tab not selected now says so', () => {
    const d = screen();
    const words = pick(d, '[aria-controls="panel-attach"] span:last-child');
    const s = selectorFor(words);
    expect(s?.selector).toBe(
      '[role="tab"][aria-controls="panel-attach"][aria-selected="true"] > span:nth-of-type(2)',
    );
    expect(s?.state).toEqual({ kind: 'selected', now: false, place: 'tabs' });
    expect(d.querySelectorAll(s?.selector ?? '')).toHaveLength(0);
    pick(d, '[data-tab="clinic-letter"]').setAttribute('aria-selected', 'false');
    pick(d, '[aria-controls="panel-attach"]').setAttribute('aria-selected', 'true');
    expect(matchesOnly(words, s?.selector ?? '')).toBe(true);
  });

  it('for the current navigation item, keeps its aria-current value', () => {
    const d = screen();
    const letters = pick(d, '[data-nav="letters"]');
    const s = selectorFor(letters);
    expect(s?.selector).toBe('[data-nav="letters"][aria-current="page"]');
    expect(s?.state).toEqual({ kind: 'current', now: true, place: 'current' });
    letters.removeAttribute('aria-current');
    pick(d, '[data-nav="inbox"]').setAttribute('aria-current', 'page');
    expect(d.querySelectorAll(s?.selector ?? '')).toHaveLength(0);
  });

  it('never names an element by a class or data attribute holding its state', () => {
    const d = screen();
    const s = selectorFor(pick(d, '.filters li:nth-child(2)'));
    expect(s?.selector).not.toMatch(/selected|data-state/);
    expect(s?.state).toBeUndefined();
  });
});

describe('typedSelector', () => {
  it('makes a typed tab selector hold the selection, as a picked one does', () => {
    const d = screen();
    const letter = pick(d, '[data-tab="clinic-letter"]');
    const picked = selectorFor(letter);
    const typed = typedSelector(d, ' [data-tab="clinic-letter"] ');
    expect(typed).toEqual({ selector: picked?.selector, state: picked?.state });
    letter.setAttribute('aria-selected', 'false');
    expect(d.querySelectorAll(typed?.selector ?? '')).toHaveLength(0);
  });

  it('goes through the selected tab for a typed selector of something inside one', () => {
    const d = screen();
    const typed = typedSelector(d, '.icon');
    expect(typed).toEqual({
      selector: '[role="tab"][aria-controls="panel-attach"][aria-selected="true"] .icon',
      state: { kind: 'selected', now: false, place: 'tabs' },
    });
    expect(d.querySelectorAll(typed?.selector ?? '')).toHaveLength(0);
    pick(d, '[data-tab="clinic-letter"]').setAttribute('aria-selected', 'false');
    pick(d, '[aria-controls="panel-attach"]').setAttribute('aria-selected', 'true');
    expect(d.querySelectorAll(typed?.selector ?? '')).toHaveLength(1);
    // A chain keeps its own ancestors inside :is() (happy-dom cannot match that; browsers do).
    expect(typedSelector(d, '#main [aria-controls] span')?.selector).toBe(
      '[role="tab"][aria-controls="panel-attach"][aria-selected="true"] :is(#main [aria-controls] span)',
    );
  });

  it('keeps a list whole, a selector already about the state, and one outside any tab', () => {
    const d = screen();
    expect(typedSelector(d, '[data-nav="letters"], #none')?.selector).toBe(
      ':is([data-nav="letters"], #none)[aria-current="page"]',
    );
    expect(typedSelector(d, '[role="tab"][aria-selected="false"]')?.selector).toBe(
      '[role="tab"][aria-selected="false"]',
    );
    expect(typedSelector(d, '.pane-head')).toEqual({ selector: '.pane-head' });
    expect(typedSelector(d, '[data-tab=')).toBeNull();
  });
});
