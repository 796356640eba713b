import type { Pack } from '../prompts/schema';
import type { ChecklistItem, EncounterOptions, KindOption, RatingOption } from '../utils/domain';
import { i18n } from '../utils/i18n';

// A domain type (utils/domain.ts); re-exported for the callers of encounterOptions.
export type { EncounterOptions };

/**
 * Kinds are the packs' moments plus `other`; rating items and moments shared by several packs
 * appear once (the first pack wins); the checklist is the first checklist prompt found.
 */
export function encounterOptions(packs: readonly Pack[]): EncounterOptions {
  const kinds = new Map<string, KindOption>();
  const items = new Map<string, RatingOption>();
  let checklist: ChecklistItem[] | undefined;
  for (const pack of packs) {
    for (const m of pack.moments) if (!kinds.has(m.id)) kinds.set(m.id, { id: m.id, name: m.name });
    for (const r of pack.ratingItems) {
      if (!items.has(r.id))
        items.set(r.id, {
          id: r.id,
          text: r.text,
          min: r.scale.min,
          max: r.scale.max,
          labels: r.scale.labels,
        });
    }
    checklist ??= pack.prompts.find((p) => p.kind === 'checklist')?.items;
  }
  kinds.set('other', { id: 'other', name: i18n.t('log.kindOther') });
  return { kinds: [...kinds.values()], items: [...items.values()], checklist: checklist ?? [] };
}
