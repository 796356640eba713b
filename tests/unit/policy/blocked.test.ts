import { describe, expect, it } from 'vitest';
import { blockedBy } from '../../../prompts/policy/blocked';
import { chooseNudge } from '../../../prompts/policy/choose';
import { heldUntil } from '../../../prompts/policy/held-until';
import { DEFAULT_NUDGE_SETTINGS } from '../../../storage/settings';
import { ev, input, MIN, NOW } from './policy-fixture';

const settings = (over: Partial<typeof DEFAULT_NUDGE_SETTINGS>) => ({
  ...DEFAULT_NUDGE_SETTINGS,
  ...over,
});

describe('blockedBy: the rule holding every nudge back, as a code', () => {
  it('names each rule by its code, the first that applies winning', () => {
    const quietHours = settings({ quietHours: { enabled: true, start: '08:00', end: '10:00' } });
    const cases: [Parameters<typeof input>[0], string | null][] = [
      [{}, null],
      [{ quiet: true, snoozeUntil: NOW + MIN }, 'quiet-mode'],
      [{ snoozeUntil: NOW + MIN, idle: true }, 'snoozed'],
      [{ settings: quietHours, idle: true }, 'quiet-hours'],
      [{ idle: true, shownThisVisit: true }, 'idle'],
      [{ shownThisVisit: true }, 'shown-this-visit'],
      [{ settings: settings({ perHour: 0 }) }, 'hourly-cap'],
      [{ events: [ev('shown', 'a', 1)] }, 'min-gap'],
      [{ events: ['x', 'y', 'z'].map((p) => ev('dismissed', p, 10)) }, 'dismissals'],
    ];
    for (const [over, code] of cases)
      expect(blockedBy(input(over)), JSON.stringify(over)).toBe(code);
  });

  it('keeps the minimum gap between two nudges on one site, whatever their moments', () => {
    // Shown a minute ago on this site, for another moment: the moment cooldown would not stop it.
    const justNow = [ev('shown', 'c', 1, 'discharge')];
    expect(blockedBy(input({ events: justNow }))).toBe('min-gap');
    expect(chooseNudge(input({ events: justNow }))).toBeNull();
    // Past the gap (2 minutes by default), the next nudge may come.
    expect(chooseNudge(input({ events: [ev('shown', 'c', 2, 'discharge')] }))?.prompt.id).toBe('a');
    // Another site's nudge does not count, and a gap of 0 turns the rule off.
    const elsewhere = [{ ...ev('shown', 'c', 1, 'discharge'), origin: 'https://other.test' }];
    expect(blockedBy(input({ events: elsewhere }))).toBeNull();
    expect(blockedBy(input({ events: justNow, settings: settings({ minGapMinutes: 0 }) }))).toBe(
      null,
    );
    // Only cards shown count: a used or dismissed event is an answer, not a card.
    expect(blockedBy(input({ events: [ev('used', 'c', 1, 'discharge')] }))).toBeNull();
  });
});

describe('heldUntil: when the rule lets go', () => {
  it('says when each rule that ends by itself ends, and null for the others', () => {
    expect(heldUntil(input({ snoozeUntil: NOW + 5 * MIN }), 'snoozed')).toBe(NOW + 5 * MIN);
    const quietHours = settings({ quietHours: { enabled: true, start: '19:00', end: '07:00' } });
    // 23:00 now: quiet until 07:00, eight hours on.
    expect(heldUntil(input({ settings: quietHours, localMinutes: 23 * 60 }), 'quiet-hours')).toBe(
      NOW + 8 * 60 * MIN,
    );
    const four = [50, 40, 30, 20].map((m) => ev('shown', 'c', m, 'discharge'));
    // The cap of 4 lifts when the oldest of the four is an hour old: in 10 minutes.
    expect(heldUntil(input({ events: four }), 'hourly-cap')).toBe(NOW + 10 * MIN);
    expect(heldUntil(input({ settings: settings({ perHour: 0 }) }), 'hourly-cap')).toBeNull();
    expect(heldUntil(input({ events: [ev('shown', 'a', 1)] }), 'min-gap')).toBe(NOW + MIN);
    const streak = [30, 20, 10].map((m) => ev('dismissed', 'x', m));
    expect(heldUntil(input({ events: streak }), 'dismissals')).toBe(NOW - 10 * MIN + 120 * MIN);
    expect(heldUntil(input({ quiet: true }), 'quiet-mode')).toBeNull();
    expect(heldUntil(input({ idle: true }), 'idle')).toBeNull();
  });
});
