import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addHelpContact,
  HELP_CONTACTS_MAX,
  HELP_NAME_MAX,
  listHelpContacts,
  removeHelpContact,
} from '../../../storage/help-contacts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('help contacts (Options › Practice, "When it is too much")', () => {
  it('starts empty: Attune never supplies a contact of its own', async () => {
    expect(await listHelpContacts()).toEqual([]);
  });

  it('keeps what the user entered, trimmed, in local storage, in the order added', async () => {
    await addHelpContact(
      { kind: 'occupational-health', name: '  Staff health  ', contact: ' ext. 4410 ' },
      'a',
    );
    await addHelpContact({ kind: 'crisis-line', name: '', contact: 'Local crisis line' }, 'b');
    expect(await listHelpContacts()).toEqual([
      { id: 'a', kind: 'occupational-health', name: 'Staff health', contact: 'ext. 4410' },
      { id: 'b', kind: 'crisis-line', name: '', contact: 'Local crisis line' },
    ]);
    const stored = await fakeBrowser.storage.local.get('help-contacts');
    expect(stored['help-contacts']).toHaveLength(2);
  });

  it('removes one contact by id and leaves the others', async () => {
    await addHelpContact({ kind: 'employee-assistance', name: 'EAP', contact: 'eap line' }, 'a');
    await addHelpContact({ kind: 'own-doctor', name: 'My GP', contact: 'surgery' }, 'b');
    await removeHelpContact('a');
    expect((await listHelpContacts()).map((c) => c.id)).toEqual(['b']);
  });

  it('refuses a contact with no way to reach it, an unknown kind, or a full list', async () => {
    await expect(
      addHelpContact({ kind: 'other', name: 'Someone', contact: '   ' }),
    ).rejects.toThrow('How to reach them');
    await expect(
      addHelpContact({ kind: 'hotline' as never, name: 'x', contact: 'y' }),
    ).rejects.toThrow(RangeError);
    for (let i = 0; i < HELP_CONTACTS_MAX; i++)
      await addHelpContact({ kind: 'other', name: `n${i}`, contact: `c${i}` });
    await expect(addHelpContact({ kind: 'other', name: 'one more', contact: 'c' })).rejects.toThrow(
      `at most ${HELP_CONTACTS_MAX}`,
    );
    expect(await listHelpContacts()).toHaveLength(HELP_CONTACTS_MAX);
  });

  it('holds a name to its limit', async () => {
    const saved = await addHelpContact({
      kind: 'other',
      name: 'x'.repeat(HELP_NAME_MAX + 50),
      contact: 'c',
    });
    expect(saved.name).toHaveLength(HELP_NAME_MAX);
  });
});
