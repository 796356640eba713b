// A pack's sequence on the card: the nudge the background hands the overlay carries the steps
// (with the pack's name, its checklist's title and the prompt's "why"), and "used" on a later
// step is recorded for that step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { installPack } from '../../../storage/packs';
import { getTab } from '../../../storage/tab-state';
import { sendMessage } from '../../../utils/messages';
import { TAB, useBackground } from './harness';

const { at } = useBackground();
const PACK = JSON.parse(readFileSync('tests/fixtures/packs/card-sequence.json', 'utf8'));

describe('a nudge that begins a sequence', () => {
  it('carries its steps to the card, and "used" on a later step is recorded for that step', async () => {
    expect(await installPack(PACK, 'file')).toMatchObject({ ok: true });
    at('http://127.0.0.1:5173/plain.html');
    await sendMessage('reportMatches', { momentIds: ['card-handover'] });
    const nudge = (await sendMessage('getNudge'))?.nudge;
    expect(nudge).toMatchObject({
      promptId: 'handover-ask',
      packName: 'Ward handover talks',
      checklistTitle: 'Handover talk habits',
      why: 'Asking first shows where to start and what words the person already uses.',
      source: expect.stringContaining('Mastering Communication'),
      sequence: {
        title: 'Ask, tell, check',
        steps: [
          { promptId: 'handover-ask', title: 'Ask first' },
          { promptId: 'handover-tell', text: expect.stringContaining('[the change]') },
          { promptId: 'handover-check', secondsLabel: '5' },
        ],
      },
    });
    if (!nudge) throw new Error('no nudge');
    const { packId, momentId } = nudge;
    await sendMessage('nudgeAction', {
      promptId: 'handover-tell',
      packId,
      momentId,
      action: 'used',
    });
    expect((await getTab(TAB.id)).promptsUsed).toEqual(['handover-tell']);
    const used = await db.events.where('type').equals('used').toArray();
    expect(used).toEqual([
      expect.objectContaining({ promptId: 'handover-tell', packId, momentId: 'card-handover' }),
    ]);
  });
});
