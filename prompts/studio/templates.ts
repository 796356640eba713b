import { idsAt, uniqueId } from './edit';

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
