// @vitest-environment happy-dom
// Every write of the options page that the browser refuses is said in the page's status line,
// keeps what the user entered, and can be tried again: History edits and deletes, Practice
// wordings, Nudges settings, Sites, and Your data (import, delete all).
import { render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { makeBackup } from '../../../storage/backup';
import { db } from '../../../storage/db';
import { installPack } from '../../../storage/packs';
import { policyStateItem } from '../../../storage/policy-state';
import { nudgeSettingsItem, sitesItem } from '../../../storage/settings';
import { setVariant } from '../../../storage/variants';
import { sendMessage } from '../../../utils/messages';
import { trainerPack } from '../storage/pack-fixture';

// Sites are turned on by the background; here the message is answered in place.
vi.mock('../../../utils/messages', async (original) => ({
  ...(await original<typeof import('../../../utils/messages')>()),
  sendMessage: vi.fn(),
}));
const send = vi.mocked(sendMessage);

const QUOTA = /^The journal is full \(browser storage quota\)/;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const ID = 'synthetic-1';
const ENCOUNTER: Parameters<typeof db.encounters.add>[0] = {
  id: ID,
  at: Date.now() - 3_600_000,
  kind: 'other',
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: 'First try at the new opening.',
  packVersions: {},
};

let root: HTMLElement;
const get = (id: string) => {
  const el = root.querySelector(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el as HTMLElement;
};
const status = () => get('options-status').textContent ?? '';
const seeStatus = (expected: string | RegExp) =>
  vi.waitFor(() =>
    typeof expected === 'string'
      ? expect(status()).toBe(expected)
      : expect(status()).toMatch(expected),
  );
/**
 * Types into a field as a user does (Preact listens to `input`, number fields to `change`), and
 * yields as a user's next click would, so the page has rendered what was typed.
 */
const type = async (id: string, value: string, event = 'input') => {
  const field = get(id) as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve));
};

/** Opens a section of the options page as its navigation link does. */
const show = async (section: string) => {
  location.hash = `#${section}`;
  // A section's code loads when it is first opened.
  await vi.waitFor(() => expect(get('options-section').dataset.section).toBe(section), {
    timeout: 5000,
  });
};

beforeAll(async () => {
  // Read once per page (packsAtOpen): the Practice section's script comes from this pack.
  expect((await installPack(trainerPack(), 'file')).ok).toBe(true);
});
beforeEach(async () => {
  await db.encounters.clear();
  await db.variants.clear();
  await db.encounters.add(ENCOUNTER);
  await setVariant('name-it', 'My first wording.');
  root = document.createElement('div');
  document.body.append(root);
  history.replaceState(null, '', '#journal');
  render(<App />, root);
  // The journal's first read can take seconds on a loaded machine (CI runs tests side by side).
  await vi.waitFor(() => get('history-row'), { timeout: 10_000 });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('options writes that fail', () => {
  it('History: a failed edit keeps the editor and the edit; Save changes again stores it', async () => {
    get('history-edit').click();
    await vi.waitFor(() => get('edit-note'));
    await type('edit-note', 'Second try: sat down first.');
    vi.spyOn(db.encounters, 'put').mockRejectedValueOnce(quotaError());

    get('edit-save').click();
    await seeStatus(QUOTA);
    expect((get('edit-note') as HTMLTextAreaElement).value).toBe('Second try: sat down first.');
    expect((await db.encounters.get(ID))?.note).toBe(ENCOUNTER.note);

    get('edit-save').click();
    await seeStatus('Encounter updated.');
    expect((await db.encounters.get(ID))?.note).toBe('Second try: sat down first.');
  });

  it('History: a failed delete is said and the row stays; Delete again removes it', async () => {
    vi.spyOn(db.encounters, 'delete').mockRejectedValueOnce(quotaError());
    get('history-delete').click();
    await seeStatus(QUOTA);
    expect(root.querySelectorAll('[data-testid="history-row"]')).toHaveLength(1);

    get('history-delete').click();
    await seeStatus('Encounter deleted.');
    expect(await db.encounters.count()).toBe(0);
  });

  it('Practice: a failed save keeps the wording in the field', async () => {
    await show('practice');
    // The section has read the saved wording into the field.
    await vi.waitFor(() =>
      expect((get('practice-own') as HTMLTextAreaElement).value).toBe('My first wording.'),
    );
    await type('practice-own', 'What matters most to you today?');
    vi.spyOn(db.variants, 'put').mockRejectedValueOnce(quotaError());

    get('practice-save').click();
    await seeStatus(QUOTA);
    expect((get('practice-own') as HTMLTextAreaElement).value).toBe(
      'What matters most to you today?',
    );
    get('practice-save').click();
    await seeStatus('Your wording was saved.');
    expect((await db.variants.toArray()).map((v) => v.text)).toEqual([
      'What matters most to you today?',
    ]);
  });

  it('Nudges: a full extension storage is said, and the setting stays as typed', async () => {
    await show('nudges');
    await vi.waitFor(() => get('set-per-hour'));
    vi.spyOn(nudgeSettingsItem, 'setValue').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await type('set-per-hour', '7', 'change');
    await seeStatus(QUOTA);
    expect((get('set-per-hour') as HTMLInputElement).value).toBe('7');

    await type('set-per-hour', '7', 'change');
    await seeStatus('Nudge settings saved.');
    expect((await nudgeSettingsItem.getValue()).perHour).toBe(7);
  });

  it('Sites: a failed add keeps the address typed; adding again turns the site on', async () => {
    await show('sites');
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    send.mockRejectedValueOnce(
      Object.assign(new Error('Failed to write'), { name: 'UnknownError' }),
    );
    await type('site-origin', 'https://ehr.example.org');
    get('site-add').click();
    await seeStatus(
      "This was not saved: the browser's storage refused it (UnknownError). What you entered is kept; try again.",
    );
    expect((get('site-origin') as HTMLInputElement).value).toBe('https://ehr.example.org');

    send.mockImplementationOnce((async () => {
      await sitesItem.setValue(['https://ehr.example.org']);
      return { ok: true };
    }) as typeof sendMessage);
    get('site-add').click();
    await seeStatus('Attune is on for https://ehr.example.org.');
    expect((get('site-origin') as HTMLInputElement).value).toBe('');
  });

  it('Packs: a policy site whose grant is not stored stays listed, and can be granted again', async () => {
    await policyStateItem.setValue({
      pendingSites: ['https://ehr.example.org'],
      errors: [],
      at: 0,
    });
    render(null, root);
    render(<App />, root);
    await show('packs');
    await vi.waitFor(() => get('policy-site-grant'));
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    send.mockResolvedValue({ ok: true } as never);
    vi.spyOn(policyStateItem, 'setValue').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );

    get('policy-site-grant').click();
    await seeStatus(QUOTA);
    expect((await policyStateItem.getValue()).pendingSites).toEqual(['https://ehr.example.org']);
    get('policy-site-grant').click();
    await seeStatus('Attune is on for https://ehr.example.org.');
    expect((await policyStateItem.getValue()).pendingSites).toEqual([]);
  });

  it('Your data: a failed import keeps its preview for another try', async () => {
    await show('data');
    const backup = await makeBackup(Date.now());
    await db.encounters.clear();
    const input = get('import-file') as HTMLInputElement;
    const file = new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => get('import-confirm'));
    vi.spyOn(db.encounters, 'bulkPut').mockRejectedValueOnce(quotaError());

    get('import-confirm').click();
    await seeStatus(/^The import failed and nothing was changed: The journal is full/);
    expect(await db.encounters.count()).toBe(0);
    get('import-confirm').click();
    await seeStatus(/^Imported 1 encounter/);
    expect(await db.encounters.count()).toBe(1);
  });

  it('Your data: a failed delete-all is said and can be confirmed again', async () => {
    await show('data');
    vi.spyOn(db.encounters, 'clear').mockRejectedValueOnce(quotaError());
    get('delete-all').click();
    await vi.waitFor(() => get('delete-all-confirm'));
    get('delete-all-confirm').click();
    await seeStatus(QUOTA);
    expect(await db.encounters.count()).toBe(1);

    get('delete-all-confirm').click();
    await seeStatus('All your data was deleted.');
    expect(await db.encounters.count()).toBe(0);
  });
});
