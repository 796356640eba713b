// What a person reads for the ids an encounter stores: the texts of the packs that define them.
// Pure: packs in, maps out. The first pack to name an id wins, as in the encounter form.
import type { Pack } from '../prompts/schema';
import { i18n } from '../utils/i18n';

/** Readable names of the ids an encounter holds, by kind of id. */
export interface PackNames {
  /** Rating item id → its text. */
  items: Map<string, string>;
  /** Moment id → its name (with "other"). */
  kinds: Map<string, string>;
  /** Checklist item id → its text, from every checklist prompt. */
  checklist: Map<string, string>;
  /** Prompt id → its title. */
  prompts: Map<string, string>;
}

/** The names the given packs give their ids; ids shared by several packs keep the first name. */
export function packNames(packs: readonly Pack[]): PackNames {
  const names: PackNames = {
    items: new Map(),
    kinds: new Map(),
    checklist: new Map(),
    prompts: new Map(),
  };
  const put = (m: Map<string, string>, id: string, text: string) => {
    if (!m.has(id)) m.set(id, text);
  };
  for (const pack of packs) {
    for (const r of pack.ratingItems) put(names.items, r.id, r.text);
    for (const m of pack.moments) put(names.kinds, m.id, m.name);
    for (const p of pack.prompts) {
      put(names.prompts, p.id, p.title);
      for (const c of p.items ?? []) put(names.checklist, c.id, c.text);
    }
  }
  put(names.kinds, 'other', i18n.t('log.kindOther'));
  return names;
}
