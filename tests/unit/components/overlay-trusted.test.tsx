// @vitest-environment happy-dom
// The card acts only on the user's own input: a page's script that reaches a control (`.click()`,
// a dispatched click, a synthetic Escape) changes and records nothing. happy-dom's events carry no
// `isTrusted`, like a page's synthetic ones; the user's are made by defining it.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NUDGE_MESSAGES } from '../../../components/nudge-messages';
import { blockUntrusted, blockWhileHidden } from '../../../components/overlay-host';
import { App, type OverlayAppProps } from '../../../entrypoints/overlay/App';
import { adoptMessages, messageTable } from '../../../utils/i18n';
import type { NudgeView } from '../../../utils/messages';

const NUDGE: NudgeView = {
  promptId: 'p1',
  packId: 'core',
  momentId: 'discharge',
  kind: 'script',
  title: 'Going home',
  text: 'What would you like to go over before you leave today?',
  packText: 'The pack wording.',
  framework: 'teach-back',
  secondsLabel: '30',
  checklist: [
    { id: 'a', text: 'Open question' },
    { id: 'b', text: 'Reflect feelings' },
  ],
  ticked: [],
  startCollapsed: false,
  corner: null,
};

/** An event as the browser makes it for the user's own input. */
const trusted = <E extends Event>(event: E): E =>
  Object.defineProperty(event, 'isTrusted', { value: true });
// Long enough for Preact's effects, which run after the next frame (at most 35 ms later).
const settle = () => new Promise((r) => setTimeout(r, 50));
const escapeKey = () => new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });

function mount(visible: () => boolean = () => true) {
  adoptMessages(messageTable(NUDGE_MESSAGES));
  const calls = {
    onAction: vi.fn(),
    onReason: vi.fn(),
    onTick: vi.fn(),
    onCopy: vi.fn(async () => true),
    onClose: vi.fn(),
    onDragStart: vi.fn(),
  };
  const props: OverlayAppProps = {
    nudge: NUDGE,
    ...calls,
    onLayout: () => {},
    onToggleRequest: () => () => {},
  };
  const root = document.createElement('div');
  blockUntrusted(root);
  blockWhileHidden(root, visible);
  document.body.append(root);
  render(<App {...props} />, root);
  const get = (testId: string) => {
    const el = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!el) throw new Error(`no ${testId}`);
    return el;
  };
  return { root, calls, get };
}

afterEach(() => {
  document.body.replaceChildren();
  adoptMessages({});
});

describe("the card's controls", () => {
  it("do nothing for a page's .click(), dispatched clicks, pointer or Escape, and act on the user's own", async () => {
    const { root, calls, get } = mount();
    await settle();
    get('checklist-toggle').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await settle();
    expect(root.querySelectorAll('[data-testid="checklist-item"]')).toHaveLength(2);

    for (const el of root.querySelectorAll<HTMLElement>('button, input, label, header')) {
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      el.click();
    }
    document.dispatchEvent(escapeKey());
    window.dispatchEvent(escapeKey());
    await settle();

    // happy-dom ticks a box even when its click is cancelled (a browser does not: the e2e test
    // hostile-card.spec.ts reads the boxes there); what the card counts and records is checked.
    expect(get('checklist-toggle').textContent).toContain('(0/2)');
    for (const fn of Object.values(calls)) expect(fn).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid="nudge"]')).not.toBeNull(); // not folded to the pill
    expect(root.querySelector('[data-testid="dismiss-reasons"]')).toBeNull();
    expect(get('nudge-text').textContent).toBe(NUDGE.text);
    expect(get('checklist-toggle').getAttribute('aria-expanded')).toBe('true');

    // The user's own Escape folds the card, and their click on the pill opens it again.
    window.dispatchEvent(trusted(escapeKey()));
    await settle();
    get('pill').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await settle();
    get('nudge-used').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(calls.onAction).toHaveBeenCalledWith('used');
  });
});

describe('a card the browser reports hidden', () => {
  it("ignores the user's clicks until it can be seen again", async () => {
    let visible = false;
    const { calls, get } = mount(() => visible);
    await settle();
    // Covered by the page's look-alike, which lets the click through: nothing is recorded.
    get('nudge-used').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await settle();
    expect(calls.onAction).not.toHaveBeenCalled();
    expect(get('nudge')).toBeDefined(); // not folded

    visible = true;
    get('nudge-used').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(calls.onAction).toHaveBeenCalledWith('used');
  });
});
