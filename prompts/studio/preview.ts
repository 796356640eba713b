import type { Prompt } from '../schema';
import { arr, obj, str } from '../validate/loose';

const items = (x: unknown) =>
  arr(x).flatMap((i) => {
    const o = obj(i);
    const id = str(o?.id);
    const text = str(o?.text);
    return id !== undefined && text !== undefined ? [{ id, text }] : [];
  });

/**
 * The prompt at `index` of a draft, read loosely so a half-written one still previews (blank
 * where a field is missing), and the checklist the card would offer with it: the first checklist
 * of the pack for the prompt's first moment, as the background chooses (prompts/policy/choose.ts).
 */
export function previewPrompt(
  doc: unknown,
  index: number,
): { prompt: Prompt; checklist: { id: string; text: string }[] } | null {
  const prompts = arr(obj(doc)?.prompts);
  const p = obj(prompts[index]);
  if (!p) return null;
  const moments = arr(p.moments).filter((m): m is string => typeof m === 'string');
  const prompt = {
    id: str(p.id) ?? '',
    kind: (str(p.kind) ?? 'script') as Prompt['kind'],
    title: str(p.title) ?? '',
    text: str(p.text) ?? '',
    framework: str(p.framework) ?? '',
    component: (str(p.component) ?? 'communication-skills') as Prompt['component'],
    seconds: typeof p.seconds === 'number' ? p.seconds : 0,
    source: str(p.source) ?? '',
    moments,
    ...(p.items !== undefined ? { items: items(p.items) } : {}),
  };
  const moment = moments[0];
  const list = prompts
    .map(obj)
    .find(
      (q) => q?.kind === 'checklist' && moment !== undefined && arr(q.moments).includes(moment),
    );
  return { prompt, checklist: items(list?.items) };
}
