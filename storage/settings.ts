import { storage } from 'wxt/utils/storage';

/** Sites the user enabled, as origins without port (`https://ehr.example.org`). */
export const sitesItem = storage.defineItem<string[]>('local:sites', { fallback: [], version: 1 });

/** How often nudges may appear; the fatigue policy reads it. */
export interface NudgeSettings {
  /** Most nudges in any rolling hour. */
  perHour: number;
  /** Minutes before the same prompt may show again. */
  promptCooldownMinutes: number;
  /** Minutes before the same moment may nudge again on the same site. */
  momentCooldownMinutes: number;
}

/** Defaults from the fatigue literature: few, spaced, never repeated within one encounter. */
export const DEFAULT_NUDGE_SETTINGS: NudgeSettings = {
  perHour: 4,
  promptCooldownMinutes: 24 * 60,
  momentCooldownMinutes: 10,
};

/** The user's nudge frequency settings. */
export const nudgeSettingsItem = storage.defineItem<NudgeSettings>('local:nudge-settings', {
  fallback: DEFAULT_NUDGE_SETTINGS,
  version: 1,
});

/** Quiet mode: no nudges at all until switched off. */
export const quietModeItem = storage.defineItem<boolean>('local:quiet-mode', {
  fallback: false,
  version: 1,
});
