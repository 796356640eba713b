// @vitest-environment happy-dom
// The overlay renders on a clinical page from the messages the background handed it, without
// asking the browser for one (the first ask costs the page a synchronous round trip).
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_MESSAGES } from '../../../components/nudge-messages';
import { App } from '../../../entrypoints/overlay/App';
import {
  adoptMessages,
  formatMessage,
  i18n,
  type MessageKey,
  messageTable,
} from '../../../utils/i18n';
import type { NudgeView } from '../../../utils/messages';
import { loadMessages } from '../i18n-fake';

const NUDGE: NudgeView = {
  promptId: 'p1',
  packId: 'core',
  momentId: 'results',
  kind: 'script',
  title: 'Before the results',
  text: 'What do you understand so far about why we did the scan?',
  packText: 'The pack wording.',
  framework: 'SPIKES',
  secondsLabel: '30',
  checklist: [
    { id: 'a', text: 'Open question' },
    { id: 'b', text: 'Reflect feelings' },
  ],
  ticked: ['a'],
  startCollapsed: false,
  corner: null,
};

const noop = () => {};
const props = (nudge: NudgeView, copies: boolean) => ({
  nudge,
  onAction: noop,
  onReason: noop,
  onTick: noop,
  onCopy: async () => copies,
  onClose: noop,
  onLayout: noop,
  onDragStart: noop,
  onToggleRequest: () => noop,
});
const click = (root: Element, testId: string) => {
  const el = root.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  if (!el) throw new Error(`no ${testId}`);
  el.click();
};
// Long enough for Preact's effects, which run after the next frame (at most 35 ms later).
const settle = () => new Promise((r) => setTimeout(r, 50));

afterEach(() => adoptMessages({}));

describe('the overlay with the messages handed to it', () => {
  it('shows the card (wording, checklist, copied or not, used, asking why) and the pill without asking the browser for a message', async () => {
    adoptMessages(messageTable(NUDGE_MESSAGES));
    const ask = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const root = document.createElement('div');
    document.body.append(root);
    render(<App {...props(NUDGE, true)} />, root);
    await settle();
    expect(root.textContent).toContain('Used it');
    expect(root.textContent).toContain('SPIKES · about 30 s');
    expect(root.querySelector('[data-testid="checklist-toggle"]')?.textContent).toBe(
      'Active-listening checklist (1/2)',
    );
    for (const step of ['nudge-wording', 'checklist-toggle', 'nudge-copy']) {
      click(root, step);
      await settle();
    }
    expect(root.textContent).toContain('Copied.');
    expect(root.textContent).toContain('The pack wording.');
    click(root, 'nudge-not-now');
    await settle();
    click(root, 'nudge-dismiss');
    await settle();
    expect(root.querySelector('[data-testid="dismiss-reasons"]')?.textContent).toContain(
      'Not right for this patient',
    );
    // Used: the card folds to the pill, and the status stays for screen readers.
    render(null, root);
    render(<App {...props(NUDGE, true)} />, root);
    await settle();
    click(root, 'nudge-used');
    await settle();
    expect(root.querySelector('[data-testid="pill-status"]')?.textContent).toContain(
      'Marked as used',
    );
    // A page that refuses the clipboard.
    render(null, root);
    render(<App {...props(NUDGE, false)} />, root);
    await settle();
    click(root, 'nudge-copy');
    await settle();
    expect(root.textContent).toContain('Could not copy on this page.');
    // Collapsed from the start: the pill and its checklist count.
    render(null, root);
    render(<App {...props({ ...NUDGE, startCollapsed: true }, false)} />, root);
    await settle();
    expect(root.querySelector('[data-testid="pill"]')?.getAttribute('aria-label')).toContain(
      NUDGE.title,
    );
    expect(ask).not.toHaveBeenCalled();
    render(null, root);
  });
});

describe('formatMessage', () => {
  it('gives what the browser path gives for every message, with counts and named values', async () => {
    const keys = Object.keys(await loadMessages('en')).map((k) => k.replace('_', '.'));
    const named = { title: 'T', name: 'N', ticked: 2, total: 5, added: 3, existing: 4, n: 7 };
    const table = messageTable(keys as MessageKey[]);
    expect(table['data.backupSaved']).toContain('$1');
    for (const key of keys as MessageKey[]) {
      const t = i18n.t as (key: string, ...args: unknown[]) => string;
      for (const args of [[], [named], [0], [1], [2, named], [['x', 'y']]]) {
        expect(formatMessage(table[key] as string, args), `${key} ${JSON.stringify(args)}`).toBe(
          t(key, ...args),
        );
      }
    }
  });

  it('is never handed a message with an escaped dollar, which the table would lose', async () => {
    for (const lang of ['en', 'es'])
      for (const [key, entry] of Object.entries(await loadMessages(lang)))
        expect(entry.message, `${lang} ${key}`).not.toMatch(/\$(\$|[^1-9])/);
  });

  it('picks the plural form by count and fills $1 with it', () => {
    expect(formatMessage('$1 encounter | $1 encounters', [1])).toBe('1 encounter');
    expect(formatMessage('$1 encounter | $1 encounters', [3])).toBe('3 encounters');
    expect(formatMessage('none | one | $1 many', [0])).toBe('none');
    expect(formatMessage('none | one | $1 many', [9])).toBe('9 many');
    expect(formatMessage('Costs $$5 for {who}', [{ who: 'you' }])).toBe('Costs $5 for you');
    expect(formatMessage('{a} and {b}', [{ a: 1 }])).toBe('1 and {b}');
  });
});
