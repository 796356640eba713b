import { describe, expect, it, vi } from 'vitest';
import { nudgeSettingsItem } from '../../../storage/settings';
import { getTab } from '../../../storage/tab-state';
import { sendMessage } from '../../../utils/messages';
import { MOMENTS, TAB, useBackground } from './harness';

const { executeScript, at } = useBackground();

describe('a visit outlives the service worker', () => {
  it('treats the same path as the same visit after the worker restarts: no second card', async () => {
    const first = await import('../../../entrypoints/background/matches');
    await first.handleMatches(TAB.id, `${TAB.url}?record=4711`, MOMENTS);
    expect(executeScript).toHaveBeenCalledTimes(1);
    const start = await sendMessage('getNudge');
    if (!start) throw new Error('no nudge');
    await sendMessage('nudgeShown', start.nudge);
    // No gap between cards on a site: only the visit can hold the next one back.
    await nudgeSettingsItem.setValue({ ...(await nudgeSettingsItem.getValue()), minGapMinutes: 0 });
    // The worker stops and starts again: every module runs afresh, session storage stays.
    vi.resetModules();
    const second = await import('../../../entrypoints/background/matches');
    expect(second.handleMatches).not.toBe(first.handleMatches);
    await second.handleMatches(TAB.id, `${TAB.url}#notes`, MOMENTS);
    expect(await getTab(TAB.id)).toMatchObject({ reports: 2, decision: 'shown-this-visit' });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('keeps only a hash of the path in the tab record, never the address', async () => {
    at('http://127.0.0.1:5173/chart/99887766');
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    const record = await getTab(TAB.id);
    expect(record.visit).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain('99887766');
  });
});

describe('a route change while the card is being injected', () => {
  it('still serves the overlay its nudge after the page moved to a new path', async () => {
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    expect(executeScript).toHaveBeenCalledTimes(1);
    // The single-page app changes its route before the overlay asked for its card.
    at('http://127.0.0.1:5173/chart/2');
    await sendMessage('reportMatches', { momentIds: MOMENTS });
    const start = await sendMessage('getNudge');
    expect(start?.nudge.momentId).toBe('results');
    if (!start) throw new Error('no nudge');
    await sendMessage('nudgeShown', start.nudge);
    expect((await getTab(TAB.id)).pending).toBeNull();
  });
});

describe('ticks belong to one patient page', () => {
  const tickOnResults = async () => {
    await sendMessage('reportMatches', { momentIds: ['results'] });
    const start = await sendMessage('getNudge');
    if (!start) throw new Error('no nudge');
    await sendMessage('nudgeShown', start.nudge);
    await sendMessage('setChecklistTick', { itemId: 'open-question', ticked: true });
    await sendMessage('setChecklistTick', { itemId: 'eye-level', ticked: true });
    const { promptId, packId, momentId } = start.nudge;
    await sendMessage('nudgeAction', { promptId, packId, momentId, action: 'used' });
    expect(await getTab(TAB.id)).toMatchObject({ ticked: ['open-question', 'eye-level'] });
  };

  it("starts the next patient's page in the same tab with no ticks, on the card or for the popup", async () => {
    await nudgeSettingsItem.setValue({ ...(await nudgeSettingsItem.getValue()), minGapMinutes: 0 });
    await tickOnResults();
    at('http://127.0.0.1:5173/discharge.html');
    await sendMessage('reportMatches', { momentIds: ['discharge'] });
    const next = await sendMessage('getNudge');
    expect(next?.nudge.momentId).toBe('discharge');
    expect(next?.nudge.ticked).toEqual([]);
    expect(await getTab(TAB.id)).toMatchObject({ ticked: [], promptsUsed: [] });
  });

  it('starts clean when the moments change on the same path, and keeps ticks when only the query does', async () => {
    await tickOnResults();
    at(`${TAB.url}?tab=2`);
    await sendMessage('reportMatches', { momentIds: ['results'] });
    expect((await getTab(TAB.id)).ticked).toEqual(['open-question', 'eye-level']);
    // A single-page app shows another patient's discharge on the same path.
    at(`${TAB.url}?patient=2`);
    await sendMessage('reportMatches', { momentIds: ['discharge'] });
    expect(await getTab(TAB.id)).toMatchObject({
      ticked: [],
      promptsUsed: [],
      matched: ['discharge'],
    });
  });
});
