import { describe, expect, it } from 'vitest';
import {
  listStudioDrafts,
  MAX_STUDIO_DRAFTS,
  removeStudioDraft,
  saveStudioDraft,
  studioDraftsItem,
} from '../../../storage/studio-drafts';

const draft = (key: string, savedAt: number) => ({
  key,
  doc: { id: `org.example.${key}`, version: '1.0.0' },
  base: null,
  savedAt,
});

describe('studio drafts', () => {
  it('keeps drafts on this device, newest first, without touching their version', async () => {
    await saveStudioDraft(draft('a', 1));
    await saveStudioDraft(draft('b', 2));
    await saveStudioDraft({
      ...draft('a', 3),
      doc: { id: 'org.example.a', version: '1.0.0', name: 'x' },
    });
    const list = await listStudioDrafts();
    expect(list.map((d) => d.key)).toEqual(['a', 'b']);
    expect(list[0]?.doc).toEqual({ id: 'org.example.a', version: '1.0.0', name: 'x' });
    await removeStudioDraft('a');
    expect((await listStudioDrafts()).map((d) => d.key)).toEqual(['b']);
  });

  it(`keeps at most ${MAX_STUDIO_DRAFTS}, dropping the oldest`, async () => {
    for (let i = 0; i < MAX_STUDIO_DRAFTS + 2; i++) await saveStudioDraft(draft(`d${i}`, i));
    expect(Object.keys(await studioDraftsItem.getValue()).sort()).toEqual([
      'd2',
      'd3',
      'd4',
      'd5',
      'd6',
    ]);
  });
});
