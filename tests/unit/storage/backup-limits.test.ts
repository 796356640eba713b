// What the app saves, a backup restores: the note and wording limits hold at save, and an import
// adds each prompt event once even when the file lists it twice.
import { beforeEach, expect, it, vi } from 'vitest';
import { tryWrite } from '../../../components/try-write';
import { importBackup, makeBackup, parseBackup } from '../../../storage/backup';
import { db } from '../../../storage/db';
import { addEncounter, deleteAllData, updateEncounter } from '../../../storage/encounters';
import { getVariant, setVariant } from '../../../storage/variants';
import { NOTE_MAX, VARIANT_MAX } from '../../../utils/domain';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const entry = (note: string) => ({
  kind: 'results',
  ratings: { a: 4 },
  checklist: [],
  promptsUsed: [],
  note,
  packVersions: {},
});

it('a note and a wording at the limit round-trip through a backup', async () => {
  const note = 'n'.repeat(NOTE_MAX);
  const saved = await addEncounter(entry(note));
  await setVariant('p', 'w'.repeat(VARIANT_MAX));
  const text = JSON.stringify(await makeBackup(42));

  await deleteAllData();
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
  expect((await db.encounters.get(saved.id))?.note).toBe(note);
  expect((await getVariant('p'))?.text).toHaveLength(VARIANT_MAX);
});

it('a note over the limit is refused at save, and the popup says why in words', async () => {
  const say = vi.fn();
  const written = await tryWrite(() => addEncounter(entry('n'.repeat(NOTE_MAX + 1))), say);
  expect(written.ok).toBe(false);
  expect(say).toHaveBeenCalledWith(
    'This was not saved: it is 10001 characters long, and at most 10000 can be kept. What you entered is kept; shorten it and try again.',
  );
  expect(await db.encounters.count()).toBe(0);
});

it('an edit that makes a note too long, and a wording over the limit, are refused', async () => {
  const saved = await addEncounter(entry('short'));
  await expect(updateEncounter(saved.id, { note: 'n'.repeat(NOTE_MAX + 1) })).rejects.toThrow(
    `at most ${NOTE_MAX} can be kept`,
  );
  expect((await db.encounters.get(saved.id))?.note).toBe('short');
  await expect(setVariant('p', 'w'.repeat(VARIANT_MAX + 1))).rejects.toThrow(
    `at most ${VARIANT_MAX} can be kept`,
  );
  expect(await getVariant('p')).toBeUndefined();
});

it('an event the file lists twice is imported once', async () => {
  const event = {
    at: 5,
    type: 'used',
    promptId: 'p',
    packId: 'org.example.k',
    momentId: 'm',
    origin: 'https://ehr.example.org',
  };
  const parsed = parseBackup(
    JSON.stringify({
      format: 'attune-backup',
      version: 1,
      exportedAt: 1,
      encounters: [],
      events: [event, event, { ...event, at: 6 }],
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
  expect((await db.events.orderBy('at').toArray()).map((e) => e.at)).toEqual([5, 6]);
  await importBackup(parsed.backup);
  expect(await db.events.count()).toBe(2);
});
