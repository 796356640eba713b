import { describe, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { cornersItem } from '../../../storage/settings';
import { getTab } from '../../../storage/tab-state';
import { sendMessage } from '../../../utils/messages';
import { TAB, useBackground } from './harness';

const { at, setSender } = useBackground();
const FRAME = 3;

describe("the overlay's messages come from the top frame of a tab only", () => {
  it('refuses them from a subframe and changes nothing', async () => {
    await sendMessage('reportMatches', { momentIds: ['results'] });
    const start = await sendMessage('getNudge');
    if (!start) throw new Error('no nudge');
    const { promptId, packId, momentId } = start.nudge;
    at(TAB.url, FRAME);
    const refused = /top frame/;
    await expect(sendMessage('nudgeShown', start.nudge)).rejects.toThrow(refused);
    await expect(
      sendMessage('nudgeAction', { promptId, packId, momentId, action: 'used' }),
    ).rejects.toThrow(refused);
    await expect(
      sendMessage('setChecklistTick', { itemId: 'open-question', ticked: true }),
    ).rejects.toThrow(refused);
    await expect(sendMessage('setCorner', 'top-left')).rejects.toThrow(refused);
    await expect(sendMessage('dismissReason', { promptId, reason: 'no-time' })).rejects.toThrow(
      refused,
    );
    expect(await db.events.count()).toBe(0);
    expect(await getTab(TAB.id)).toMatchObject({ ticked: [], promptsUsed: [] });
    expect(await cornersItem.getValue()).toEqual({});

    // The same messages from the top frame are taken.
    at(TAB.url);
    await sendMessage('nudgeShown', start.nudge);
    await sendMessage('setChecklistTick', { itemId: 'open-question', ticked: true });
    expect(await db.events.where('type').equals('shown').count()).toBe(1);
    expect(await getTab(TAB.id)).toMatchObject({ ticked: ['open-question'] });
  });

  it('refuses a dismissal reason that comes from no tab', async () => {
    setSender({ url: 'chrome-extension://attune/options.html' });
    await expect(
      sendMessage('dismissReason', { promptId: 'p', reason: 'no-time' }),
    ).rejects.toThrow(/from a tab/);
  });
});
