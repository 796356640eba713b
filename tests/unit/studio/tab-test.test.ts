// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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
});
