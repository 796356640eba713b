import { validatePack } from '../../../prompts/validate';

/** A small valid pack; each test breaks one thing in its own copy. */
export function validPack() {
  return {
    format: 1,
    id: 'org.example.test-pack',
    version: '1.2.3',
    name: 'Test pack',
    description: 'A pack for tests.',
    author: { name: 'Tester' },
    licence: 'CC0-1.0',
    locale: 'en-GB',
    moments: [
      {
        id: 'results',
        name: 'Results',
        triggers: {
          urlPatterns: ['https://*.example.org/results/*'],
          keywords: ['results'],
          selectors: ['#results'],
        },
      },
      { id: 'discharge', name: 'Discharge', triggers: { keywords: ['discharge'] } },
    ],
    prompts: [
      {
        id: 'ask-first',
        kind: 'script',
        title: 'Ask first',
        text: 'What have you been told about the results so far?',
        framework: 'Ask-Tell-Ask',
        component: 'communication-skills',
        seconds: 4,
        source: 'Back AL et al., CA Cancer J Clin 2005',
        moments: ['results'],
      },
      {
        id: 'listen',
        kind: 'checklist',
        title: 'Listen',
        text: 'Tick what you did.',
        items: [
          { id: 'open-question', text: 'Open question first' },
          { id: 'summarise', text: 'Summarised' },
        ],
        framework: 'Active listening',
        component: 'communication-skills',
        seconds: 15,
        source: 'Beckman & Frankel 1984',
        moments: ['results', 'discharge'],
      },
    ],
    ratingItems: [
      {
        id: 'let-finish',
        text: 'I let the patient finish',
        scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] },
      },
    ],
  } as Record<string, any>;
}

/** The problems of an input that must be invalid (fails the test if it is valid). */
export function problemsOf(input: unknown) {
  const r = validatePack(input);
  if (r.ok) throw new Error('expected the pack to be invalid');
  return r.problems;
}

/** The paths of the problems whose message contains `text`. */
export function pathsWith(input: unknown, text: string): string[] {
  return problemsOf(input)
    .filter((p) => p.message.includes(text))
    .map((p) => p.path);
}
