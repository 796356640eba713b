import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMatches } from '../../../entrypoints/background/matches';
import { PENDING_MS } from '../../../entrypoints/background/policy-input';
import { getTab } from '../../../storage/tab-state';
import { MOMENTS, TAB, useBackground } from './harness';

const { executeScript } = useBackground();
const SITE = 'http://127.0.0.1:5173';

afterEach(() => {
  vi.useRealTimers();
});

describe('the cap and the gap count every tab', () => {
  it('gives one card when two tabs of one site report at the same moment', async () => {
    await Promise.all([
      handleMatches(7, `${SITE}/results.html`, MOMENTS),
      handleMatches(8, `${SITE}/chart/2`, MOMENTS),
    ]);
    expect(executeScript).toHaveBeenCalledTimes(1);
    const decisions = [(await getTab(7)).decision, (await getTab(8)).decision].sort();
    expect(decisions).toEqual(['min-gap', 'shown']);
  });
});

describe('an injected card the overlay never confirms', () => {
  it(`counts as shown for ${PENDING_MS / 1000} s, then no longer holds the site back`, async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    await handleMatches(TAB.id, `${SITE}/results.html`, MOMENTS);
    expect(executeScript).toHaveBeenCalledTimes(1);

    vi.setSystemTime(start + PENDING_MS - 1_000);
    await handleMatches(TAB.id, `${SITE}/chart/2`, MOMENTS);
    expect(await getTab(TAB.id)).toMatchObject({ decision: 'min-gap' });

    vi.setSystemTime(start + PENDING_MS + 1_000);
    await handleMatches(TAB.id, `${SITE}/chart/3`, MOMENTS);
    expect(await getTab(TAB.id)).toMatchObject({ decision: 'shown' });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });
});
