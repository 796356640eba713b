import type { PackInput } from '../schema';

/**
 * A small pack that passes `pack check`, using each kind of field once, for trainers to edit.
 * `schemaRef` is where the editor finds pack.schema.json, relative to the new file.
 */
export function starterPack(schemaRef = 'pack.schema.json'): PackInput {
  return {
    $schema: schemaRef,
    format: 1,
    id: 'org.example.ward-empathy',
    version: '1.0.0',
    name: 'Ward empathy',
    description: 'Short empathy prompts for our ward, written by our education team.',
    author: { name: 'Your Name', organisation: 'Your Hospital' },
    licence: 'CC-BY-4.0',
    locale: 'en-GB',
    moments: [
      {
        id: 'results',
        name: 'Results review',
        triggers: {
          urlPatterns: ['https://ehr.example.org/results/*'],
          keywords: ['results', 'lab report'],
          selectors: ['[data-screen="results"]'],
        },
      },
    ],
    prompts: [
      {
        id: 'ask-first',
        kind: 'script',
        title: 'Ask before you tell',
        text: 'Before I go through the results, what have you been told so far, and what has been on your mind while you waited?',
        framework: 'Ask-Tell-Ask',
        component: 'communication-skills',
        seconds: 10,
        source:
          'Back AL et al., Approaching difficult communication tasks in oncology, CA Cancer J Clin 2005',
        why: 'Asking first shows what the patient already knows and how much they want to hear, so you tell only what is needed.',
        moments: ['results'],
      },
      {
        id: 'results-checklist',
        kind: 'checklist',
        title: 'Results conversation',
        text: 'Tick what you did.',
        items: [
          { id: 'asked-first', text: 'Asked what they already know' },
          { id: 'small-pieces', text: 'Gave the results in small pieces' },
          { id: 'checked-back', text: 'Checked understanding in their words' },
        ],
        framework: 'Ask-Tell-Ask',
        component: 'communication-skills',
        seconds: 15,
        source:
          'Back AL et al., Approaching difficult communication tasks in oncology, CA Cancer J Clin 2005',
        moments: ['results'],
      },
    ],
    ratingItems: [
      { id: 'asked-first', text: 'I asked what the patient already knew before telling' },
    ],
  };
}
