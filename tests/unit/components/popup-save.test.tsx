// @vitest-environment happy-dom
// A save the database refuses (a full journal, an id it cannot store) is said in the popup, keeps
// the entry in the form and in its draft, and leaves Save usable: a retry once the cause is gone
// stores the entry and clears the message and the draft.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EncounterDraft } from '../../../components/EncounterForm';
import type { EncounterOptions } from '../../../components/encounter-options';
import { App } from '../../../entrypoints/popup/App';
import type { PopupStart } from '../../../entrypoints/popup/first-paint';
import { db } from '../../../storage/db';
import { draftItem } from '../../../storage/drafts';
import { emptyTab } from '../../../storage/tab-record';

const OPTIONS: EncounterOptions = {
  kinds: [
    { id: 'results', name: 'Results review' },
    { id: 'other', name: 'Other' },
  ],
  items: [{ id: 'named-emotion', text: 'I named an emotion', min: 1, max: 5, labels: [] }],
  checklist: [],
};

const DRAFT: EncounterDraft = {
  kind: 'results',
  ratings: { 'named-emotion': 4 },
  checklist: [],
  promptsUsed: [],
  note: 'Paused before explaining the plan.',
};

const start = (draft: EncounterDraft | null): PopupStart => ({
  tab: null,
  sites: [],
  quiet: false,
  options: OPTIONS,
  cached: false,
  state: emptyTab(),
  draft,
  lastKind: null,
});

const byTestId = (root: Element, id: string) => {
  const el = root.querySelector(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el as HTMLElement;
};

/** A DOMException as the browser raises it when the origin's storage quota is used up. */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let root: HTMLElement;
beforeEach(async () => {
  await db.encounters.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('popup save when the write fails', () => {
  it('says the journal is full, keeps the entry and its draft, and saves on retry', async () => {
    await draftItem.setValue(DRAFT);
    const add = vi.spyOn(db.encounters, 'add').mockRejectedValueOnce(quotaError());
    render(<App start={start(DRAFT)} />, root);

    byTestId(root, 'save-encounter').click();
    const status = byTestId(root, 'popup-status');
    await vi.waitFor(() =>
      expect(status.textContent).toMatch(/^The journal is full \(browser storage quota\)/),
    );
    expect((byTestId(root, 'encounter-note') as HTMLTextAreaElement).value).toBe(DRAFT.note);
    const four = root.querySelector<HTMLInputElement>(
      '[data-testid="rating-named-emotion"] input[value="4"]',
    );
    expect(four?.checked).toBe(true);
    expect(await draftItem.getValue()).toEqual(DRAFT);
    expect(byTestId(root, 'save-encounter').getAttribute('aria-disabled')).toBe('false');
    expect(await db.encounters.count()).toBe(0);

    // The cause is gone (mockRejectedValueOnce): the same Save now stores the entry.
    byTestId(root, 'save-encounter').click();
    await vi.waitFor(() => expect(status.textContent).toBe('Encounter saved.'));
    expect(add).toHaveBeenCalledTimes(2);
    const [saved] = await db.encounters.toArray();
    expect(saved).toMatchObject({ kind: 'results', ratings: { 'named-emotion': 4 } });
    expect(saved?.note).toBe(DRAFT.note);
    expect(await draftItem.getValue()).toBeNull();
    expect((byTestId(root, 'encounter-note') as HTMLTextAreaElement).value).toBe('');
  });

  it('names any other refused write, and keeps an untouched prefilled entry as a draft', async () => {
    vi.spyOn(db.encounters, 'add').mockRejectedValueOnce(
      new DOMException('Data provided to an operation does not meet requirements.', 'DataError'),
    );
    render(<App start={start(null)} />, root);
    // No nudge on the tab and no earlier entry: the kind is Other.
    const prefilled = { ...DRAFT, kind: 'other', ratings: {}, note: '' };

    byTestId(root, 'save-encounter').click();
    const status = byTestId(root, 'popup-status');
    await vi.waitFor(() =>
      expect(status.textContent).toBe(
        "This was not saved: the browser's storage refused it (DataError). What you entered is kept; try again.",
      ),
    );
    await vi.waitFor(async () => expect(await draftItem.getValue()).toEqual(prefilled));

    byTestId(root, 'save-encounter').click();
    await vi.waitFor(() => expect(status.textContent).toBe('Encounter saved.'));
    expect(await db.encounters.count()).toBe(1);
  });
});
