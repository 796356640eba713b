// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keywordPlaces, withKeywordPlaces } from '../../../prompts/studio/keyword-places';
import { checkSelector, describePick } from '../../../prompts/studio/picked';
import { momentResult, probesOf, runProbes } from '../../../prompts/studio/tab-test';

function page(html: string, title: string): Document {
  const d = document.implementation.createHTMLDocument(title);
  d.body.innerHTML = html;
  return d;
}

const DRAFT = {
  moments: [
    {
      id: 'clinic-letter',
      name: 'Clinic letter',
      triggers: {
        urlPatterns: ['https://ehr.example.org/letters/*', 'not a pattern'],
        keywords: ['correspondence', ''],
        selectors: ['[data-view="clinic-letter"]', '[data-view="nope"]', '((('],
      },
    },
    { id: 'empty', name: 'Empty', triggers: {} },
  ],
};

describe('Test on this tab', () => {
  it('says which trigger of which moment matched, through the watcher’s matcher', () => {
    const doc = page(
      '<h1>Correspondence</h1><button data-view="clinic-letter">Clinic letter</button>',
      'Letters',
    );
    const results = runProbes(doc, 'https://ehr.example.org/letters/7', probesOf(DRAFT));
    const line = (r: (typeof results)[number]) => `${r.kind} ${r.value} ${r.matched} ${r.invalid}`;
    expect(results.map(line)).toEqual([
      'urlPatterns https://ehr.example.org/letters/* true false',
      'urlPatterns not a pattern false true',
      'keywords correspondence true false',
      'selectors [data-view="clinic-letter"] true false',
      'selectors [data-view="nope"] false false',
      'selectors ((( false false',
    ]);
    expect(momentResult(results, 0).matched).toBe(true);
    expect(momentResult(results, 1)).toEqual({ matched: false, triggers: [] });
  });

  it('looks for keywords in the selected tab only where the moment opts in (keywordsIn)', () => {
    const doc = page(
      '<div role="tablist"><button role="tab" aria-selected="true">Clinic letter</button></div>',
      'EHR',
    );
    const draft = (keywordsIn?: string[]) => ({
      moments: [
        {
          id: 'm',
          triggers: { keywords: ['clinic letter'], ...(keywordsIn ? { keywordsIn } : {}) },
        },
      ],
    });
    expect(runProbes(doc, 'https://ehr.example.org/', probesOf(draft()))[0]?.matched).toBe(false);
    expect(runProbes(doc, 'https://ehr.example.org/', probesOf(draft(['tabs'])))[0]?.matched).toBe(
      true,
    );
  });

  it('sends the page nothing but triggers, and brings back nothing the page says', () => {
    const doc = page('<h1>Wilhelmina Quarrington-Vale</h1>', 'Correspondence');
    const results = runProbes(doc, 'https://ehr.example.org/', probesOf(DRAFT));
    expect(JSON.stringify(results)).not.toMatch(/Wilhelmina|Correspondence/);
  });

  it('turns a moment’s look in the selected tab on and off, keeping the title and headings', () => {
    const doc = page(
      '<div role="tablist"><button role="tab" aria-selected="true">Clinic letter</button></div>',
      'EHR',
    );
    const draft = { moments: [{ id: 'm', triggers: { keywords: ['clinic letter'] } }] };
    expect(keywordPlaces(draft, 0)).toEqual(['title', 'headings']);
    const on = withKeywordPlaces(draft, 0, ['tabs'], true);
    expect(keywordPlaces(on, 0)).toEqual(['title', 'headings', 'tabs']);
    expect(runProbes(doc, 'https://ehr.example.org/', probesOf(on))[0]?.matched).toBe(true);
    // Back to where every moment looks: the field leaves the file.
    expect(withKeywordPlaces(on, 0, ['tabs'], false)).toEqual(draft);
  });
});

describe('the picker', () => {
  const tabs = () =>
    page(
      `<div role="tablist">
        <button role="tab" data-view="letter" aria-selected="true">Clinic letter</button>
        <button role="tab" data-view="referral" aria-selected="false">Referral</button>
      </div><nav><a href="/x" aria-current="page">Letters</a></nav>`,
      'EHR',
    );

  it('says a tab that is not selected now matches only once it is, and where its words are', () => {
    const doc = tabs();
    const picked = describePick(doc.querySelector('[data-view="referral"]') as Element);
    expect(picked).toMatchObject({
      selector: '[data-view="referral"][aria-selected="true"]',
      unique: false,
      words: 'Referral',
      state: { kind: 'selected', now: false, place: 'tabs' },
    });
  });

  it('tells a typed selector’s tab or current item, so its words can be looked for there', () => {
    const doc = tabs();
    expect(checkSelector(doc, 'nav a')).toEqual({
      count: 1,
      words: 'Letters',
      place: 'current',
      state: { kind: 'current', now: true, place: 'current' },
      selector: 'nav a[aria-current="page"]',
    });
    expect(checkSelector(doc, 'nav')).toEqual({ count: 1, words: 'Letters' });
    expect(checkSelector(doc, '(((')).toBeNull();
  });

  it('gives a typed tab selector the selection a picked one gets', () => {
    const doc = tabs();
    const tab = doc.querySelector('[data-view="letter"]') as Element;
    const picked = describePick(tab);
    const typed = checkSelector(doc, '[data-view="letter"]');
    expect(typed?.selector).toBe(picked?.selector);
    expect(typed?.selector).toBe('[data-view="letter"][aria-selected="true"]');
    expect(typed).toMatchObject({ count: 1, words: 'Clinic letter', state: picked?.state });
    // Every tab typed: only the selected one counts, as the watcher will see it.
    expect(checkSelector(doc, '[role="tab"]')).toMatchObject({
      count: 1,
      words: 'Clinic letter',
      place: 'tabs',
      selector: '[role="tab"][aria-selected="true"]',
    });
  });
});
