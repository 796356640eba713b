import { beforeEach, describe, expect, it } from 'vitest';
import { isBlank } from '../../../entrypoints/popup/first-paint';
import { db } from '../../../storage/db';
import { clearDraft, draftItem, saveDraft } from '../../../storage/drafts';
import { getVariant, setVariant } from '../../../storage/variants';

const draft = { kind: 'results', ratings: { a: 3 }, checklist: ['x'], promptsUsed: [], note: 'hm' };

describe('drafts', () => {
  it('keeps the popup entry until cleared', async () => {
    expect(await draftItem.getValue()).toBeNull();
    await saveDraft(draft);
    expect(await draftItem.getValue()).toEqual(draft);
    await clearDraft();
    expect(await draftItem.getValue()).toBeNull();
  });

  it('calls a draft blank when nothing was rated or typed', () => {
    expect(isBlank({ ...draft, ratings: {}, note: '  ' })).toBe(true);
    expect(isBlank(draft)).toBe(false);
  });
});

describe('variants', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('saves, reads and removes a personal variant', async () => {
    await setVariant('name-emotion', '  It sounds like this is a lot.  ', 7);
    expect(await getVariant('name-emotion')).toEqual({
      promptId: 'name-emotion',
      text: 'It sounds like this is a lot.',
      updatedAt: 7,
    });
    await setVariant('name-emotion', ' ');
    expect(await getVariant('name-emotion')).toBeUndefined();
  });
});
