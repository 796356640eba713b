import { LIMITS } from '../limits';
import { suggestion } from '../suggest';
import { arr, objects, str } from './loose';
import type { Problem } from './pointer';
import { duplicates } from './rules-shape';
import { countWords, speechSeconds } from './speech';

const MAX_WORDS = (LIMITS.scriptSeconds * LIMITS.wordsPerMinute) / 60;

/** A script must fit in 40 seconds of speech, and its `seconds` must not understate its words. */
export function scriptProblems(i: number, prompt: Record<string, unknown>): Problem[] {
  const text = str(prompt.text);
  const seconds = prompt.seconds;
  if (prompt.kind !== 'script' || text === undefined) return [];
  const out: Problem[] = [];
  const spoken = speechSeconds(text);
  const rate = `${LIMITS.wordsPerMinute} words a minute`;
  if (spoken > LIMITS.scriptSeconds) {
    out.push({
      path: `/prompts/${i}/text`,
      message: `is ${countWords(text)} words, about ${Math.round(spoken)} seconds of speech at ${rate}; a script must fit in ${LIMITS.scriptSeconds} seconds (${MAX_WORDS} words)`,
    });
  }
  if (typeof seconds !== 'number') return out;
  if (seconds > LIMITS.scriptSeconds) {
    const message = `is ${seconds}; a script takes at most ${LIMITS.scriptSeconds} seconds`;
    out.push({ path: `/prompts/${i}/seconds`, message });
  } else if (seconds < Math.floor(spoken) - 3) {
    // Pauses may make a script longer than its words; it can never be much shorter.
    const message = `says ${seconds} seconds, but the text takes about ${Math.round(spoken)} seconds to say at ${rate}`;
    out.push({ path: `/prompts/${i}/seconds`, message });
  }
  return out;
}

/** Checklists need items with unique ids; other kinds have none. */
export function itemProblems(i: number, prompt: Record<string, unknown>): Problem[] {
  const base = `/prompts/${i}`;
  if (prompt.kind === 'checklist' && prompt.items === undefined) {
    return [{ path: `${base}/items`, message: 'is required for a checklist' }];
  }
  if (prompt.kind !== 'checklist' && prompt.kind !== undefined && prompt.items !== undefined) {
    return [{ path: `${base}/items`, message: 'belongs only on a checklist prompt' }];
  }
  return duplicates(objects(prompt.items), `${base}/items`, 'checklist item');
}

/** Every moment a prompt names must exist in the pack, and every moment must be used. */
export function momentRefProblems(pack: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const defined = new Set(objects(pack.moments).map(([, m]) => str(m.id)));
  const used = new Set<unknown>();
  for (const [i, prompt] of objects(pack.prompts)) {
    const seen = new Set<unknown>();
    for (const [j, id] of arr(prompt.moments).entries()) {
      used.add(id);
      if (typeof id !== 'string') continue;
      const path = `/prompts/${i}/moments/${j}`;
      if (seen.has(id)) out.push({ path, message: `lists moment "${id}" twice` });
      else if (!defined.has(id)) {
        out.push({
          path,
          message: `refers to moment "${id}", which this pack does not define in /moments${suggestion(
            id,
            [...defined].filter((m) => m !== undefined),
          )}`,
        });
      }
      seen.add(id);
    }
  }
  for (const [i, moment] of objects(pack.moments)) {
    const id = str(moment.id);
    if (id !== undefined && !used.has(id)) {
      out.push({ path: `/moments/${i}`, message: `moment "${id}" is not used by any prompt` });
    }
  }
  return out;
}
