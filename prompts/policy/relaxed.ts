import type { PolicyInput } from './choose';

/**
 * The policy for a nudge the user asked for (the keyboard command). Asking is the opposite of
 * fatigue, so every limit meant to spare an unasked-for interruption is lifted: quiet mode, snooze,
 * quiet hours, idle, one per visit, the hourly cap, the gap between nudges on a site, the pause
 * after dismissals, and both cooldowns; and the card comes whole, never as the pill. What still
 * holds: the tab's matched moments when there are any (any moment of the packs otherwise), the
 * packs the user has on, a card kind (never a checklist alone), and rotation (the prompt least
 * recently seen comes first).
 */
export function relaxedForRequest(input: PolicyInput): PolicyInput {
  const moments = input.matched.length
    ? input.matched
    : [...new Set(input.packs.flatMap((p) => p.moments.map((m) => m.id)))];
  return {
    ...input,
    matched: moments,
    quiet: false,
    snoozeUntil: 0,
    idle: false,
    shownThisVisit: false,
    settings: {
      ...input.settings,
      perHour: Number.POSITIVE_INFINITY,
      minGapMinutes: 0,
      dismissStreak: 0,
      momentCooldownMinutes: 0,
      promptCooldownMinutes: 0,
      pillAfterDismissals: Number.POSITIVE_INFINITY,
      quietHours: { ...input.settings.quietHours, enabled: false },
    },
  };
}
