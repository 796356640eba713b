// @vitest-environment happy-dom
// A new entry in the popup: its kind is the moment of the nudge shown on the tab, else the kind
// of the user's last entry, else Other; the card's ticks are offered, never carried in unasked;
// Esc closes the popup.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EncounterOptions } from '../../../components/encounter-options';
import { App } from '../../../entrypoints/popup/App';
import { defaultKind, type PopupStart } from '../../../entrypoints/popup/first-paint';
import { db } from '../../../storage/db';
import { lastKindItem } from '../../../storage/form-options';
import { emptyTab, type TabRecord } from '../../../storage/tab-record';
import { setTab } from '../../../storage/tab-state';
import { type NudgeView, onMessage } from '../../../utils/messages';

const OPTIONS: EncounterOptions = {
  kinds: [
    { id: 'serious-news', name: 'Serious news' },
    { id: 'results', name: 'Results review' },
    { id: 'discharge', name: 'Discharge' },
    { id: 'other', name: 'Other' },
  ],
  items: [{ id: 'named-emotion', text: 'I named an emotion', min: 1, max: 5, labels: [] }],
  checklist: [
    { id: 'open-question', text: 'Began with an open question' },
    { id: 'eye-level', text: 'Sat at eye level' },
    { id: 'silence', text: 'Allowed silence' },
  ],
};

const onTab = (momentId: string | null, ticked: string[] = []): TabRecord => ({
  ...emptyTab(),
  ticked,
  nudge: momentId ? ({ momentId, ticked } as unknown as NudgeView) : null,
});

const start = (state: TabRecord, lastKind: string | null = null): PopupStart => ({
  // No tab to message (the background is not running here); its record is given as `state`.
  tab: null,
  sites: [],
  quiet: false,
  options: OPTIONS,
  cached: false,
  state,
  draft: null,
  lastKind,
});

const el = <T extends HTMLElement = HTMLElement>(id: string) =>
  root.querySelector<T>(`[data-testid="${id}"]`);
const ticked = () =>
  [...root.querySelectorAll<HTMLInputElement>('[data-testid="checklist-item"]')].filter(
    (b) => b.checked,
  ).length;

let root: HTMLElement;
beforeEach(async () => {
  await db.encounters.clear();
  await lastKindItem.setValue(null);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe("a new entry's kind", () => {
  it("is the tab's nudge moment, else the last entry's kind, else Other; never Serious news unasked", () => {
    expect(defaultKind(OPTIONS, onTab('discharge'), 'results')).toBe('discharge');
    expect(defaultKind(OPTIONS, onTab(null), 'results')).toBe('results');
    expect(defaultKind(OPTIONS, onTab(null), null)).toBe('other');
    // A kind no enabled pack offers any more is not chosen.
    expect(defaultKind(OPTIONS, onTab('gone'), 'gone-too')).toBe('other');
  });

  it('remembers the kind of the entry saved, for the next one', async () => {
    render(<App start={start(onTab(null))} />, root);
    const kind = el<HTMLSelectElement>('encounter-kind');
    expect(kind?.value).toBe('other');
    if (!kind) throw new Error('no kind');
    kind.value = 'discharge';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    // Preact renders the change before the user's next click can land.
    await new Promise((rendered) => setTimeout(rendered));
    el('save-encounter')?.click();
    await vi.waitFor(() => expect(el('popup-status')?.textContent).toBe('Encounter saved.'));
    expect(await lastKindItem.getValue()).toBe('discharge');
  });
});

describe("the card's ticks", () => {
  it('are asked about, not carried in, and carried in on yes', async () => {
    render(<App start={start(onTab('results', ['open-question', 'eye-level']))} />, root);
    expect(el('tick-offer')?.textContent).toContain(
      'Include the 2 checklist items you ticked on this page?',
    );
    expect(ticked()).toBe(0);
    el('tick-offer-yes')?.click();
    await vi.waitFor(() => expect(ticked()).toBe(2));
    expect(el('tick-offer')).toBeNull();
    el('save-encounter')?.click();
    await vi.waitFor(() => expect(el('popup-status')?.textContent).toBe('Encounter saved.'));
    const [saved] = await db.encounters.toArray();
    expect(saved?.checklist).toEqual(['open-question', 'eye-level']);
  });

  it('stay out of the entry on no', async () => {
    render(<App start={start(onTab('results', ['open-question']))} />, root);
    expect(el('tick-offer')?.textContent).toContain(
      'Include the checklist item you ticked on this page?',
    );
    el('tick-offer-no')?.click();
    await vi.waitFor(() => expect(el('tick-offer')).toBeNull());
    el('save-encounter')?.click();
    await vi.waitFor(() => expect(el('popup-status')?.textContent).toBe('Encounter saved.'));
    const [saved] = await db.encounters.toArray();
    expect(saved?.checklist).toEqual([]);
  });
});

describe("the card's ticks stored just after the popup opened", () => {
  it('are asked about all the same', async () => {
    // The popup asks the background why Attune may be quiet on the tab: nothing holds it back.
    const stop = onMessage('whyQuiet', () => null);
    const state = onTab('results');
    render(<App start={{ ...start(state), tab: { id: 9, url: 'http://127.0.0.1/r' } }} />, root);
    expect(el('tick-offer')).toBeNull();
    await setTab(9, { ...state, ticked: ['silence'] });
    await vi.waitFor(() =>
      expect(el('tick-offer')?.textContent).toContain(
        'Include the checklist item you ticked on this page?',
      ),
    );
    stop();
  });
});

describe('Esc', () => {
  it('closes the popup unless a control inside took the key', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App start={start(onTab(null))} />, root);
    const esc = () =>
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    // Pressed until the popup's listener, attached just after the first paint, hears it.
    await vi.waitFor(() => {
      el('encounter-note')?.dispatchEvent(esc());
      expect(close).toHaveBeenCalledTimes(1);
    });
    const taken = esc();
    taken.preventDefault();
    el('encounter-note')?.dispatchEvent(taken);
    expect(close).toHaveBeenCalledTimes(1);
  });
});
