import { LIMITS } from '../limits';
import { suggestion } from '../suggest';
import { arr, obj, objects, str } from './loose';
import { matchPatternProblem } from './pattern';
import type { Problem } from './pointer';

/**
 * Placeholders ("[the result]") must open and close on one line, hold words, and stay short;
 * a stray bracket would show on the card as a broken fill-in part.
 */
export function placeholderProblems(i: number, prompt: Record<string, unknown>): Problem[] {
  const text = str(prompt.text);
  if (text === undefined) return [];
  const path = `/prompts/${i}/text`;
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '[') {
      if (open >= 0)
        return [
          {
            path,
            message: `has "[" inside the placeholder starting "${text.slice(open, k + 1)}"; close it with "]" first`,
          },
        ];
      open = k;
    } else if (c === ']') {
      if (open < 0)
        return [
          {
            path,
            message: `has a "]" with no "[" before it, after "${text.slice(Math.max(0, k - 20), k + 1)}"; a placeholder is written "[the result]"`,
          },
        ];
      const words = text.slice(open + 1, k);
      if (words.trim() === '')
        return [
          {
            path,
            message: 'has an empty placeholder "[]"; write what to fill in, e.g. "[the result]"',
          },
        ];
      if (words.length > LIMITS.placeholderLength)
        return [
          {
            path,
            message: `has a placeholder of ${words.length} characters, at most ${LIMITS.placeholderLength}: "[${words.slice(0, 30)}…]"`,
          },
        ];
      open = -1;
    } else if (c === '\n' && open >= 0) {
      return [
        {
          path,
          message: `has a placeholder "${text.slice(open, k)}" that runs onto the next line; close it with "]" on the same line`,
        },
      ];
    }
  }
  if (open >= 0)
    return [
      { path, message: `has a placeholder "${text.slice(open, open + 30)}" with no closing "]"` },
    ];
  return [];
}

/** Sequences name prompts of the pack, each step once, and a prompt is a step of one sequence. */
export function sequenceProblems(pack: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const ids = objects(pack.prompts)
    .map(([, p]) => str(p.id))
    .filter((id): id is string => id !== undefined);
  const known = new Set(ids);
  const stepOf = new Map<string, string>();
  for (const [i, seq] of objects(pack.sequences)) {
    const name = str(seq.title)?.trim() || str(seq.id) || `#${i + 1}`;
    const here = new Set<string>();
    for (const [j, id] of arr(seq.prompts).entries()) {
      if (typeof id !== 'string') continue;
      const path = `/sequences/${i}/prompts/${j}`;
      if (!known.has(id)) {
        out.push({
          path,
          message: `is prompt "${id}", which this pack does not define${suggestion(id, ids)}`,
        });
      } else if (here.has(id)) {
        out.push({ path, message: `repeats prompt "${id}"; each step is said once` });
      } else if (stepOf.has(id)) {
        out.push({
          path,
          message: `is prompt "${id}", already a step of sequence "${stepOf.get(id)}"; a prompt can be a step of one sequence only`,
        });
      } else stepOf.set(id, name);
      here.add(id);
    }
  }
  return out;
}

/** The sites a pack's moments replace built-in ones on are match patterns, as triggers' are. */
export function replacesProblems(pack: Record<string, unknown>): Problem[] {
  return arr(obj(pack.replaces)?.sites).flatMap((site, j) => {
    const problem = typeof site === 'string' ? matchPatternProblem(site) : null;
    return problem ? [{ path: `/replaces/sites/${j}`, message: problem }] : [];
  });
}
