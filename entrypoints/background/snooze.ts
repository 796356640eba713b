import type { SnoozeLength } from '../../utils/messages';

/** When a snooze of the given length ends, from `now`: in an hour, or at the next midnight. */
export function snoozeEnd(length: SnoozeLength, now = Date.now()): number {
  if (length === 'hour') return now + 3_600_000;
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}
