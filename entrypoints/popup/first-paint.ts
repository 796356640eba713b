// What the popup needs for its first paint, read from extension storage only: no database, no
// round trip to the background, and one read per storage area (storage/keys.ts says why the
// storage items are not used here). The packs (in the database) are read after the paint.
import type { EncounterDraft } from '../../components/EncounterForm';
import { type EncounterOptions, encounterOptions } from '../../components/encounter-options';
import { LOCAL_KEYS, tabKey } from '../../storage/keys';
import { emptyTab, type TabRecord } from '../../storage/tab-record';
import { rawStart } from './raw-start';

/** An entry with nothing in it yet. */
export const emptyDraft = (kind: string): EncounterDraft => ({
  kind,
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: '',
});

/** True when the draft holds nothing the user typed or chose beyond what was prefilled. */
export function isBlank(draft: EncounterDraft): boolean {
  return Object.keys(draft.ratings).length === 0 && draft.note.trim() === '';
}

/** Derives the form's options from the enabled packs (opens the database) and caches them. */
export async function readFormOptions(): Promise<EncounterOptions> {
  const [{ activePacks }, { formOptionsItem }] = await Promise.all([
    import('../../storage/active-packs'),
    import('../../storage/form-options'),
  ]);
  const options = encounterOptions(await activePacks());
  await formOptionsItem.setValue(options);
  return options;
}

/**
 * A new entry's kind: the moment of the nudge shown on this tab, else the kind the user chose for
 * their last entry, else "other" (a moment of its own would be a guess).
 */
export function defaultKind(
  options: EncounterOptions,
  state: TabRecord,
  lastKind: string | null,
): string {
  const offered = (id: string | null | undefined): id is string =>
    !!id && options.kinds.some((k) => k.id === id);
  const moment = state.nudge?.momentId;
  if (offered(moment)) return moment;
  if (offered(lastKind)) return lastKind;
  return offered('other') ? 'other' : (options.kinds[0]?.id ?? 'other');
}

/**
 * The entry prefilled from this tab: the default kind and the prompts used. The card's ticks are
 * not carried in unasked (see `ticksToOffer`).
 */
export function prefill(
  options: EncounterOptions,
  state: TabRecord,
  lastKind: string | null,
): EncounterDraft {
  return { ...emptyDraft(defaultKind(options, state, lastKind)), promptsUsed: state.promptsUsed };
}

/** The checklist items ticked on the card on this page that the entry does not hold yet. */
export function ticksToOffer(
  options: EncounterOptions,
  state: TabRecord,
  draft: EncounterDraft,
): string[] {
  const items = new Set(options.checklist.map((c) => c.id));
  return state.ticked.filter((id) => items.has(id) && !draft.checklist.includes(id));
}

/** Everything the popup shows when it opens. */
export interface PopupStart {
  tab: { id: number; url: string } | null;
  sites: string[];
  quiet: boolean;
  options: EncounterOptions;
  /** Whether `options` came from the cache (then they are re-derived after the paint). */
  cached: boolean;
  /** This tab's encounter state (the nudge's moment, ticks and prompts used). */
  state: TabRecord;
  /** The unsaved draft, if any. */
  draft: EncounterDraft | null;
  /** The kind of the last entry the user saved, if any. */
  lastKind: string | null;
}

/**
 * What the first paint needs: the tab, local storage, session storage, read all at once (by
 * popup-start.js, usually before this module loaded).
 */
export async function loadStart(): Promise<PopupStart> {
  const raw = await rawStart();
  const { local, session } = raw;
  const tab =
    raw.tab?.id !== undefined && raw.tab.url ? { id: raw.tab.id, url: raw.tab.url } : null;
  const cached = (local[LOCAL_KEYS.formOptions] as EncounterOptions | undefined) ?? null;
  const state = tab ? (session[tabKey(tab.id)] as Partial<TabRecord> | undefined) : undefined;
  return {
    tab,
    sites: (local[LOCAL_KEYS.sites] as string[] | undefined) ?? [],
    quiet: (local[LOCAL_KEYS.quietMode] as boolean | undefined) ?? false,
    options: cached ?? (await readFormOptions()),
    cached: cached !== null,
    state: { ...emptyTab(), ...state },
    draft: (local[LOCAL_KEYS.draft] as EncounterDraft | undefined) ?? null,
    lastKind: (local[LOCAL_KEYS.lastKind] as string | undefined) ?? null,
  };
}
