import { afterEach, describe, expect, it, vi } from 'vitest';
import { INJECT_TIMEOUT_MS } from '../../../entrypoints/background/inject';
import { nudgeSettingsItem } from '../../../storage/settings';
import { getTab } from '../../../storage/tab-state';
import { sendMessage } from '../../../utils/messages';
import { MOMENTS, TAB, useBackground } from './harness';

const { executeScript, at } = useBackground();

afterEach(() => {
  vi.useRealTimers();
});

describe('a tab that refuses or never answers the injection', () => {
  it('leaves no card pending when the injection fails, so the next report can show one', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    // The watcher's report is answered, not rejected (it would land in the page's console).
    await expect(sendMessage('reportMatches', { momentIds: MOMENTS })).resolves.toBeUndefined();
    expect(await getTab(TAB.id)).toMatchObject({
      decision: 'inject-failed',
      pending: null,
      nudge: null,
      shown: false,
    });
    at(`${TAB.url}?again`);
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(await getTab(TAB.id)).toMatchObject({ decision: 'shown' });
    expect((await sendMessage('getNudge'))?.nudge.momentId).toBe('results');
  });

  it("answers the popup's clearTabState while the injection hangs, and gives up on it in time", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    executeScript.mockImplementationOnce(() => new Promise(() => {}));
    await nudgeSettingsItem.setValue({ ...(await nudgeSettingsItem.getValue()), minGapMinutes: 0 });
    await sendMessage('setChecklistTick', { itemId: 'open-question', ticked: true });
    const report = sendMessage('reportMatches', { momentIds: MOMENTS });
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    // The popup's Save tidies up the tab while the page still has not answered.
    await sendMessage('clearTabState', TAB.id);
    expect(await getTab(TAB.id)).toMatchObject({ ticked: [], decision: 'shown' });
    vi.advanceTimersByTime(INJECT_TIMEOUT_MS);
    await report;
    expect(await getTab(TAB.id)).toMatchObject({ decision: 'inject-failed', pending: null });
  });
});
