import { storage } from 'wxt/utils/storage';
import { LOCAL_KEYS } from './keys';
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings, withNudgeDefaults } from './nudge-defaults';

/** Sites the user enabled, as origins without port (`https://ehr.example.org`). */
export const sitesItem = storage.defineItem<string[]>(`local:${LOCAL_KEYS.sites}`, {
  fallback: [],
  version: 1,
});

export { DEFAULT_NUDGE_SETTINGS, type NudgeSettings, withNudgeDefaults };

/**
 * The user's nudge settings (v2 added everything after the three cooldowns). Read them with
 * {@link readNudgeSettings}: a field added since (like the minimum gap) is filled at every read.
 */
export const nudgeSettingsItem = storage.defineItem<NudgeSettings>('local:nudge-settings', {
  fallback: DEFAULT_NUDGE_SETTINGS,
  version: 2,
  migrations: { 2: withNudgeDefaults },
});

/** The user's nudge settings with every field present (the defaults under what is stored). */
export async function readNudgeSettings(): Promise<NudgeSettings> {
  return withNudgeDefaults(await nudgeSettingsItem.getValue());
}

/** Epoch ms until which nudges are snoozed everywhere (0 = not snoozed). */
export const snoozeUntilItem = storage.defineItem<number>('local:snooze-until', {
  fallback: 0,
  version: 1,
});

/** The corner the user dragged the card to, per site origin. */
export const cornersItem = storage.defineItem<Record<string, string>>('local:corners', {
  fallback: {},
  version: 1,
});

/** Quiet mode: no nudges at all until switched off. */
export const quietModeItem = storage.defineItem<boolean>(`local:${LOCAL_KEYS.quietMode}`, {
  fallback: false,
  version: 1,
});
