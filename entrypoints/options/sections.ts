// The options page's sections, in the order of its navigation. The address's fragment names the
// open one (`options.html#trends`), so each can be linked to, bookmarked and reached with Back.
import type { MessageKey } from '../../utils/i18n';

/** The sections, first the one a user comes for. */
export const SECTIONS = [
  'journal',
  'trends',
  'practice',
  'packs',
  'sites',
  'nudges',
  'data',
] as const;

/** One section's id, as in the address (`#trends`). */
export type SectionId = (typeof SECTIONS)[number];

/** The navigation's label of each section. */
export const SECTION_LABELS = {
  journal: 'options.navJournal',
  trends: 'options.navTrends',
  practice: 'options.navPractice',
  packs: 'options.navPacks',
  sites: 'options.navSites',
  nudges: 'options.navNudges',
  data: 'options.navData',
} as const satisfies Record<SectionId, MessageKey>;

/** Earlier names of sections, so an old link still lands on the right one. */
const ALIASES: Record<string, SectionId> = { history: 'journal', settings: 'nudges' };

/** The section an address's fragment names; the journal for none or an unknown one. */
export function sectionOf(hash: string): SectionId {
  const name = decodeURIComponent(hash.replace(/^#/, '')).toLowerCase();
  if ((SECTIONS as readonly string[]).includes(name)) return name as SectionId;
  return Object.hasOwn(ALIASES, name) ? (ALIASES[name] as SectionId) : 'journal';
}
