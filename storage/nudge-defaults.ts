// Plain data, no browser API: the benchmark and tests in Node import it too.

/** When nudges may appear; the fatigue policy reads it and the options page tunes it. */
export interface NudgeSettings {
  /** Most nudges in any rolling hour. */
  perHour: number;
  /** Minutes before the same prompt may show again. */
  promptCooldownMinutes: number;
  /** Minutes before the same moment may nudge again on the same site. */
  momentCooldownMinutes: number;
  /** Least minutes between two nudges on one site, whatever their moments. */
  minGapMinutes: number;
  /** No nudges between these local times (`HH:MM`; may span midnight) when enabled. */
  quietHours: { enabled: boolean; start: string; end: string };
  /** No nudges when the machine has had no input for this many minutes (0 = never pause). */
  idleMinutes: number;
  /** This many dismissals in a row pause nudges for `dismissPauseMinutes`. */
  dismissStreak: number;
  dismissPauseMinutes: number;
  /** A prompt dismissed this many times (in 30 days) arrives as the small pill, not the card. */
  pillAfterDismissals: number;
  /** The training component the user focuses on this week; rotation prefers it. */
  focusComponent: string | null;
}

/**
 * Defaults from the alert-fatigue literature: few nudges, spaced out, never repeated within one
 * encounter, and backing off when the user says no.
 */
export const DEFAULT_NUDGE_SETTINGS: NudgeSettings = {
  perHour: 4,
  promptCooldownMinutes: 24 * 60,
  momentCooldownMinutes: 10,
  // A page that changes its address every few seconds would otherwise get a card each time.
  minGapMinutes: 2,
  quietHours: { enabled: false, start: '19:00', end: '07:00' },
  idleMinutes: 5,
  dismissStreak: 3,
  dismissPauseMinutes: 120,
  pillAfterDismissals: 3,
  focusComponent: null,
};

/**
 * Stored settings over the defaults: a field that an older version, a hand edit or a test left
 * out never breaks a rule. The one place the defaults are merged.
 */
export function withNudgeDefaults(
  stored: Partial<NudgeSettings> | null | undefined,
): NudgeSettings {
  return {
    ...DEFAULT_NUDGE_SETTINGS,
    ...stored,
    quietHours: { ...DEFAULT_NUDGE_SETTINGS.quietHours, ...stored?.quietHours },
  };
}
