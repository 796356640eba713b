import { describe, expect, it } from 'vitest';
import { blockedBy } from '../../../prompts/policy/blocked';
import { chooseNudge } from '../../../prompts/policy/choose';
import { relaxedForRequest } from '../../../prompts/policy/relaxed';
import type { Pack } from '../../../prompts/schema';
import { DEFAULT_NUDGE_SETTINGS } from '../../../storage/settings';
import { ev, input, NOW, PACK } from './policy-fixture';

const MIN = 60_000;
const DAY = 1_440;

describe('relaxedForRequest: the nudge the user asked for (keyboard command)', () => {
  it('lifts every limit meant to spare an unasked-for interruption', () => {
    const everything = input({
      quiet: true,
      snoozeUntil: NOW + 60 * MIN,
      idle: true,
      shownThisVisit: true,
      localMinutes: 23 * 60,
      settings: {
        ...DEFAULT_NUDGE_SETTINGS,
        perHour: 0,
        quietHours: { enabled: true, start: '19:00', end: '07:00' },
      },
      // Just shown here (gap), dismissed three times in a row (pause), every prompt recently seen
      // (prompt cooldown) and the moment too (moment cooldown).
      events: [
        ev('shown', 'a', 1),
        ev('shown', 'b', 1),
        ev('dismissed', 'a', 1),
        ev('dismissed', 'b', 1),
        ev('dismissed', 'care', 1),
      ],
    });
    expect(blockedBy(everything)).toBe('quiet-mode');
    expect(chooseNudge(everything)).toBeNull();
    const relaxed = relaxedForRequest(everything);
    expect(blockedBy(relaxed)).toBeNull();
    expect(chooseNudge(relaxed)?.prompt.moments).toContain('results');
  });

  it('brings the whole card, never the pill, even for a prompt often dismissed', () => {
    const often = [20, 12, 3].map((d) => ev('dismissed', 'a', d * DAY));
    const others = [ev('shown', 'b', 2 * DAY), ev('shown', 'care', 2 * DAY)];
    expect(chooseNudge(input({ events: [...often, ...others] }))?.asPill).toBe(true);
    const choice = chooseNudge(relaxedForRequest(input({ events: [...often, ...others] })));
    expect(choice?.prompt.id).toBe('a');
    expect(choice?.asPill).toBe(false);
  });

  it("keeps to the tab's matched moments, the packs on, card kinds and rotation", () => {
    // The tab matched discharge: a discharge prompt, not one of results.
    expect(chooseNudge(relaxedForRequest(input({ matched: ['discharge'] })))?.prompt.id).toBe('c');
    // Rotation still holds: the prompt least recently seen comes first.
    const seen = [ev('shown', 'a', 5), ev('shown', 'b', 60)];
    expect(chooseNudge(relaxedForRequest(input({ events: seen })))?.prompt.id).toBe('care');
    // No pack on: nothing to show, asked or not.
    expect(chooseNudge(relaxedForRequest(input({ packs: [] })))).toBeNull();
    // A moment with only a checklist gets no card: a checklist travels with a card, never alone.
    const checklistOnly = {
      ...PACK,
      prompts: PACK.prompts.filter((p) => p.kind === 'checklist'),
    } as Pack;
    expect(chooseNudge(relaxedForRequest(input({ packs: [checklistOnly] })))).toBeNull();
  });

  it('offers any moment of the packs when the tab matched none', () => {
    const withMoments = {
      ...PACK,
      moments: [{ id: 'discharge' }, { id: 'results' }],
    } as unknown as Pack;
    const relaxed = relaxedForRequest(input({ matched: [], packs: [withMoments] }));
    expect(relaxed.matched).toEqual(['discharge', 'results']);
    expect(chooseNudge(relaxed)?.prompt.id).toBe('c');
  });
});
