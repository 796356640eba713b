import type { PolicyInput } from './choose';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The rules that can hold every nudge back, by code: the popup's "Why is Attune quiet?" line
 * translates them (components/QuietReason.tsx).
 */
export type BlockReason =
  | 'quiet-mode'
  | 'snoozed'
  | 'quiet-hours'
  | 'idle'
  | 'shown-this-visit'
  | 'hourly-cap'
  | 'min-gap'
  | 'dismissals';

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

/** Times (epoch ms) of the nudges shown in the last hour, anywhere, oldest first. */
export function shownLastHour(input: PolicyInput): number[] {
  return input.events
    .filter((e) => e.type === 'shown' && input.now - e.at < HOUR)
    .map((e) => e.at)
    .sort((a, b) => a - b);
}

/** When the last nudge on the input's site was shown (0 when none in the events). */
export function lastShownHere(input: PolicyInput): number {
  let last = 0;
  for (const e of input.events)
    if (e.type === 'shown' && e.origin === input.origin) last = Math.max(last, e.at);
  return last;
}

/**
 * The run of dismissals that pauses nudges ("not now, not these"), or null: the last
 * `dismissStreak` answers (used or dismissed) all dismissals.
 */
export function dismissalRun(input: PolicyInput): readonly PolicyInput['events'][number][] | null {
  const n = input.settings.dismissStreak;
  if (n <= 0) return null;
  const answers = input.events.filter((e) => e.type === 'used' || e.type === 'dismissed');
  const tail = answers.slice(-n);
  return tail.length === n && tail.every((e) => e.type === 'dismissed') ? tail : null;
}

/**
 * Which rule holds every nudge back right now, or null when one may show. One line per rule, so
 * each can be tested and named to the user.
 */
export function blockedBy(input: PolicyInput): BlockReason | null {
  const { now, settings: s } = input;
  if (input.quiet) return 'quiet-mode';
  if (input.snoozeUntil > now) return 'snoozed';
  const q = s.quietHours;
  if (q.enabled && inWindow(input.localMinutes, toMinutes(q.start), toMinutes(q.end)))
    return 'quiet-hours';
  if (input.idle) return 'idle';
  if (input.shownThisVisit) return 'shown-this-visit';
  if (shownLastHour(input).length >= s.perHour) return 'hourly-cap';
  if (now - lastShownHere(input) < s.minGapMinutes * MINUTE) return 'min-gap';
  const run = dismissalRun(input);
  if (run && now - (run[run.length - 1]?.at ?? 0) < s.dismissPauseMinutes * MINUTE)
    return 'dismissals';
  return null;
}
