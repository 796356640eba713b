import { getIn, idsAt, uniqueId } from './edit';

// New entries start empty where the trainer must write (the live problems say what is missing)
// and with a valid choice where there is one to make.

/** A new moment with an unused id and no triggers yet. */
export function newMoment(doc: unknown): Record<string, unknown> {
  const id = uniqueId('moment', idsAt(doc, ['moments']));
  return { id, name: '', triggers: { urlPatterns: [], keywords: [], selectors: [] } };
}

/** A new script (or checklist) for the pack's first moment. */
export function newPrompt(doc: unknown, kind: 'script' | 'checklist'): Record<string, unknown> {
  const id = uniqueId(kind === 'checklist' ? 'checklist' : 'prompt', idsAt(doc, ['prompts']));
  const first = idsAt(doc, ['moments'])[0];
  return {
    id,
    kind,
    title: '',
    text: '',
    ...(kind === 'checklist' ? { items: [{ id: 'item', text: '' }] } : {}),
    framework: '',
    component: 'communication-skills',
    seconds: 10,
    source: '',
    moments: first === undefined ? [] : [first],
  };
}

/** A new checklist item for the prompt at `promptIndex`. */
export function newChecklistItem(doc: unknown, promptIndex: number): Record<string, unknown> {
  return { id: uniqueId('item', idsAt(doc, ['prompts', promptIndex, 'items'])), text: '' };
}

/** A new self-rating item on the default 1–5 scale. */
export function newRatingItem(doc: unknown): Record<string, unknown> {
  return { id: uniqueId('rating', idsAt(doc, ['ratingItems'])), text: '' };
}

/** A new sequence of the first two prompts that are not yet a step of any sequence. */
export function newSequence(doc: unknown): Record<string, unknown> {
  const id = uniqueId('sequence', idsAt(doc, ['sequences']));
  const taken = new Set(stepsOf(doc));
  const free = idsAt(doc, ['prompts']).filter((p) => !taken.has(p));
  return { id, title: '', prompts: free.slice(0, 2) };
}

/** The prompt a new step of sequence `index` starts with: one no sequence lists yet, if any. */
export function nextStep(doc: unknown, index: number): string {
  const taken = new Set(stepsOf(doc));
  const own = new Set(stepsOf(doc, index));
  const prompts = idsAt(doc, ['prompts']);
  return prompts.find((p) => !taken.has(p)) ?? prompts.find((p) => !own.has(p)) ?? '';
}

/** The steps of every sequence, or of sequence `only`. */
function stepsOf(doc: unknown, only?: number): string[] {
  const sequences = getIn(doc, ['sequences']);
  if (!Array.isArray(sequences)) return [];
  return sequences
    .filter((_, i) => only === undefined || i === only)
    .flatMap((s) => {
      const steps = getIn(s, ['prompts']);
      return Array.isArray(steps) ? steps.filter((p): p is string => typeof p === 'string') : [];
    });
}
