import { obj, objects } from './loose';
import type { Problem } from './pointer';
import { placeholderProblems, replacesProblems, sequenceProblems } from './rules-fill';
import { itemProblems, momentRefProblems, scriptProblems } from './rules-prompts';
import { duplicates, listsForObjects, scaleProblems } from './rules-shape';
import { triggerProblems } from './rules-triggers';

/**
 * The rules that involve more than one field: ids, references, triggers, script length. They
 * read the raw JSON defensively, so they run (and report) even where the schema failed.
 */
export function crossFieldProblems(value: unknown): Problem[] {
  const pack = obj(value);
  if (!pack) return [];
  const moments = objects(pack.moments);
  const prompts = objects(pack.prompts);
  const ratings = objects(pack.ratingItems);
  return [
    ...listsForObjects(pack),
    ...duplicates(moments, '/moments', 'moment'),
    ...duplicates(prompts, '/prompts', 'prompt'),
    ...duplicates(ratings, '/ratingItems', 'rating item'),
    ...moments.flatMap(([i, m]) => triggerProblems(i, m)),
    ...prompts.flatMap(([i, p]) => [
      ...itemProblems(i, p),
      ...scriptProblems(i, p),
      ...placeholderProblems(i, p),
    ]),
    ...momentRefProblems(pack),
    ...duplicates(objects(pack.sequences), '/sequences', 'sequence'),
    ...sequenceProblems(pack),
    ...replacesProblems(pack),
    ...ratings.flatMap(([i, r]) => scaleProblems(i, r)),
  ];
}
