// What the popup needs for its first paint, read from extension storage only: no database, no
// round trip to the background. The packs (in the database) are read after the paint.
import { browser } from 'wxt/browser';
import type { EncounterDraft } from '../../components/EncounterForm';
import { type EncounterOptions, encounterOptions } from '../../components/encounter-options';
import { loadDraft } from '../../storage/drafts';
import { formOptionsItem } from '../../storage/form-options';
import { quietModeItem, sitesItem } from '../../storage/settings';
import { emptyTab, getTab, type TabRecord } from '../../storage/tab-state';

/** The tab the popup acts on: the active tab, or `?tab=ID` (how e2e tests open the popup). */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

/** An entry with nothing in it yet. */
export const emptyDraft = (kind: string): EncounterDraft => ({
  kind,
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: '',
});

/** Derives the form's options from the enabled packs (opens the database) and caches them. */
export async function readFormOptions(): Promise<EncounterOptions> {
  const { activePacks } = await import('../../storage/active-packs');
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

/** Reads what the first paint needs, all at once. */
export async function loadStart(): Promise<PopupStart> {
  const [{ tab, state }, sites, quiet, cached, draft] = await Promise.all([
    targetTab().then(async (tab) => ({ tab, state: tab ? await getTab(tab.id) : emptyTab() })),
    sitesItem.getValue(),
    quietModeItem.getValue(),
    formOptionsItem.getValue(),
    loadDraft(),
  ]);
  const options = cached ?? (await readFormOptions());
  return { tab, sites, quiet, options, cached: cached !== null, state, draft };
}
