import type { PolicyInput } from './choose';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** `HH:MM` to minutes since midnight (NaN when malformed). */
export function toMinutes(hhmm: string): number {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(hhmm.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

/** True when `minutes` falls in [start, end), where the window may span midnight. */
export function inWindow(minutes: number, start: number, end: number): boolean {
  if (Number.isNaN(start) || Number.isNaN(end) || start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * Why no nudge may be shown right now, or null when one may. Each rule is one line so each can be
 * tested, and the options page can tell the user why Attune is silent.
 */
export function blockedBy(input: PolicyInput): string | null {
  const { now, settings: s } = input;
  if (input.quiet) return 'quiet mode';
  if (input.snoozeUntil > now) return 'snoozed';
  const q = s.quietHours;
  if (q.enabled && inWindow(input.localMinutes, toMinutes(q.start), toMinutes(q.end)))
    return 'quiet hours';
  if (input.idle) return 'idle';
  if (input.shownThisVisit) return 'one nudge per page visit';
  const shownLastHour = input.events.filter((e) => e.type === 'shown' && now - e.at < HOUR).length;
  if (shownLastHour >= s.perHour) return 'hourly cap';
  // A run of dismissals (answers only: used or dismissed) means "not now, not these": back off.
  const answers = input.events.filter((e) => e.type === 'used' || e.type === 'dismissed');
  const tail = answers.slice(-s.dismissStreak);
  if (
    s.dismissStreak > 0 &&
    tail.length === s.dismissStreak &&
    tail.every((e) => e.type === 'dismissed') &&
    now - (tail[tail.length - 1]?.at ?? 0) < s.dismissPauseMinutes * MINUTE
  ) {
    return 'paused after dismissals';
  }
  return null;
}
