import { describe, expect, it } from 'vitest';
import { blockedBy, checklistFor, chooseNudge } from '../../../prompts/policy/choose';
import type { Pack } from '../../../prompts/schema';
import { DEFAULT_NUDGE_SETTINGS } from '../../../storage/settings';
import { ev, input, MIN, NOW, PACK, prompt } from './policy-fixture';

describe('chooseNudge', () => {
  it('shows the first prompt of the matched moment, never a checklist as the card', () => {
    expect(chooseNudge(input())?.prompt.id).toBe('a');
    expect(chooseNudge(input({ matched: ['discharge'] }))?.prompt.id).toBe('c');
  });

  it('shows nothing in quiet mode, twice in one visit, or with no match', () => {
    expect(chooseNudge(input({ quiet: true }))).toBeNull();
    expect(chooseNudge(input({ shownThisVisit: true }))).toBeNull();
    expect(chooseNudge(input({ matched: [] }))).toBeNull();
  });

  it('stops at the hourly cap and resumes when the hour has passed', () => {
    const four = [
      ev('shown', 'c', 50, 'discharge'),
      ev('shown', 'c', 40, 'discharge'),
      ev('shown', 'c', 30, 'discharge'),
      ev('shown', 'c', 20, 'discharge'),
    ];
    expect(blockedBy(input({ events: four }))).toBe('hourly-cap');
    expect(chooseNudge(input({ events: four, now: NOW + 11 * MIN }))?.prompt.id).toBe('a');
  });

  it('keeps a prompt away for its cooldown and rotates to the one not seen', () => {
    expect(chooseNudge(input({ events: [ev('shown', 'a', 30, 'other')] }))?.prompt.id).toBe('b');
  });

  it('leaves a moment alone on a site for its cooldown', () => {
    expect(chooseNudge(input({ events: [ev('shown', 'zz', 5)] }))).toBeNull();
    expect(chooseNudge(input({ events: [ev('shown', 'zz', 11)] }))?.prompt.id).toBe('a');
  });

  it('falls through to the next matched moment when the first has nothing left', () => {
    const events = [
      ev('shown', 'a', 120, 'x'),
      ev('dismissed', 'b', 120, 'x'),
      ev('shown', 'care', 120, 'x'),
    ];
    expect(chooseNudge(input({ matched: ['results', 'discharge'], events }))?.prompt.id).toBe('c');
  });

  it('stays silent until a snooze ends', () => {
    expect(blockedBy(input({ snoozeUntil: NOW + MIN }))).toBe('snoozed');
    expect(blockedBy(input({ snoozeUntil: NOW - 1 }))).toBeNull();
  });
});

describe('fatigue controls', () => {
  const quietHours = (start: string, end: string) => ({
    ...DEFAULT_NUDGE_SETTINGS,
    quietHours: { enabled: true, start, end },
  });

  it('keeps quiet hours, including a window that spans midnight', () => {
    expect(
      blockedBy(input({ settings: quietHours('12:00', '13:30'), localMinutes: 12 * 60 + 10 })),
    ).toBe('quiet-hours');
    expect(
      blockedBy(input({ settings: quietHours('12:00', '13:30'), localMinutes: 13 * 60 + 30 })),
    ).toBeNull();
    expect(
      blockedBy(input({ settings: quietHours('19:00', '07:00'), localMinutes: 23 * 60 })),
    ).toBe('quiet-hours');
    expect(
      blockedBy(input({ settings: quietHours('19:00', '07:00'), localMinutes: 6 * 60 + 59 })),
    ).toBe('quiet-hours');
    expect(
      blockedBy(input({ settings: quietHours('19:00', '07:00'), localMinutes: 7 * 60 })),
    ).toBeNull();
    expect(
      blockedBy(
        input({
          settings: {
            ...quietHours('19:00', '07:00'),
            quietHours: { enabled: false, start: '19:00', end: '07:00' },
          },
          localMinutes: 23 * 60,
        }),
      ),
    ).toBeNull();
  });

  it('pauses while the machine is idle', () => {
    expect(blockedBy(input({ idle: true }))).toBe('idle');
  });

  it('pauses after several dismissals in a row, and resumes after the pause or a use', () => {
    const streak = [ev('dismissed', 'x', 30), ev('dismissed', 'y', 20), ev('dismissed', 'z', 10)];
    expect(blockedBy(input({ events: streak }))).toBe('dismissals');
    expect(blockedBy(input({ events: streak, now: NOW + 111 * MIN }))).toBeNull();
    expect(blockedBy(input({ events: [...streak, ev('used', 'q', 5)] }))).toBeNull();
    expect(blockedBy(input({ events: streak.slice(1) }))).toBeNull();
  });

  it('brings a prompt dismissed again and again as the small pill', () => {
    const days = (n: number) => n * 1440;
    const dismissed = [
      ev('dismissed', 'a', days(20)),
      ev('dismissed', 'a', days(12)),
      ev('dismissed', 'a', days(3)),
    ];
    const others = [ev('shown', 'b', days(2)), ev('shown', 'care', days(2))];
    const choice = chooseNudge(input({ events: [...dismissed, ...others] }));
    expect(choice?.prompt.id).toBe('a');
    expect(choice?.asPill).toBe(true);
    expect(chooseNudge(input())?.asPill).toBe(false);
  });

  it("prefers the week's focus skill among fresh prompts", () => {
    const settings = { ...DEFAULT_NUDGE_SETTINGS, focusComponent: 'self-awareness' };
    const focusPack = {
      ...PACK,
      prompts: [...PACK.prompts, { ...prompt('focus', ['results']), component: 'self-awareness' }],
    } as unknown as Pack;
    expect(chooseNudge(input({ packs: [focusPack], settings }))?.prompt.id).toBe('focus');
    expect(chooseNudge(input({ packs: [focusPack] }))?.prompt.id).toBe('a');
  });
});

describe('rotation', () => {
  it('prefers a script to a self-care prompt when both are fresh, and reaches self-care later', () => {
    expect(chooseNudge(input())?.prompt.id).toBe('a');
    const seen = [ev('shown', 'a', 2000, 'x'), ev('shown', 'b', 2000, 'x')];
    expect(chooseNudge(input({ events: seen }))?.prompt.id).toBe('care');
  });
});

describe('checklistFor', () => {
  it('finds the checklist of a moment', () => {
    expect(checklistFor([PACK], 'results')?.id).toBe('cl');
    expect(checklistFor([PACK], 'telehealth')).toBeUndefined();
  });
});
