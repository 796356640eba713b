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

/** The entry prefilled from this tab's nudge: its moment as the kind, its ticks and prompts. */
export function prefill(options: EncounterOptions, state: TabRecord): EncounterDraft {
  const moment = state.nudge?.momentId;
  const kind = options.kinds.some((k) => k.id === moment)
    ? (moment as string)
    : (options.kinds[0]?.id ?? 'other');
  return { ...emptyDraft(kind), checklist: state.ticked, promptsUsed: state.promptsUsed };
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
  };
}
