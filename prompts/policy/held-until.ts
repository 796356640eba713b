import { type BlockReason, dismissalRun, lastShownHere, shownLastHour, toMinutes } from './blocked';
import type { PolicyInput } from './choose';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MINUTES = 1_440;

/**
 * When the rule that holds nudges back lets go (epoch ms), for the rules that end on their own;
 * null for those that last until something changes (quiet mode, idle, a cap of zero).
 */
export function heldUntil(input: PolicyInput, reason: BlockReason): number | null {
  const s = input.settings;
  switch (reason) {
    case 'snoozed':
      return input.snoozeUntil;
    case 'quiet-hours': {
      const end = toMinutes(s.quietHours.end);
      const left = (end - input.localMinutes + DAY_MINUTES) % DAY_MINUTES;
      return input.now + left * MINUTE;
    }
    case 'hourly-cap': {
      // The count falls under the cap when the oldest shown beyond it is an hour old.
      const shown = shownLastHour(input);
      const oldest = shown[shown.length - s.perHour];
      return s.perHour > 0 && oldest !== undefined ? oldest + HOUR : null;
    }
    case 'min-gap':
      return lastShownHere(input) + s.minGapMinutes * MINUTE;
    case 'dismissals': {
      const run = dismissalRun(input);
      const last = run?.[run.length - 1]?.at;
      return last === undefined ? null : last + s.dismissPauseMinutes * MINUTE;
    }
    default:
      return null;
  }
}
