// @vitest-environment happy-dom
// The card paints on a clinical page from the background's static markup, with no framework on
// the page; its interactive part arrives afterwards and takes over the same elements, and what
// the user did in between (a click on "Used it", the focus moving in) is not lost.
import fc from 'fast-check';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardTree } from '../../../components/card-markup';
import { buildCard } from '../../../components/card-tree';
import { NUDGE_MESSAGES } from '../../../components/nudge-messages';
import { App } from '../../../entrypoints/overlay/App';
import { adoptMessages, messageTable } from '../../../utils/i18n';
import type { NudgeView } from '../../../utils/messages';

const NUDGE: NudgeView = {
  promptId: 'warn',
  packId: 'org.example.ward',
  momentId: 'results',
  kind: 'script',
  title: 'A warning shot',
  text: 'I am afraid [the result] is not <b>what</b> we hoped for.',
  packText: null,
  framework: 'SPIKES',
  secondsLabel: '8',
  checklist: [{ id: 'sat', text: 'Sat down' }],
  ticked: [],
  startCollapsed: false,
  corner: null,
  packName: 'Ward serious news',
};

const sent: [string, unknown][] = [];
vi.mock('../../../utils/messages', () => ({
  sendMessage: vi.fn(async (type: string, data?: unknown) => {
    sent.push([type, data]);
    if (type === 'getNudge')
      return { nudge: NUDGE, messages: messageTable(NUDGE_MESSAGES), tree: cardTree(NUDGE) };
  }),
  onMessage: () => () => {},
}));

const trusted = <E extends Event>(event: E): E =>
  Object.defineProperty(event, 'isTrusted', { value: true });
const frames = () => new Promise((r) => setTimeout(r, 60));

let root: ShadowRoot | undefined;
beforeEach(() => {
  sent.length = 0;
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    root = attach.call(this, init);
    return root;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelector('[data-attune-overlay]')?.remove();
  delete (window as { attuneOverlay?: unknown }).attuneOverlay;
});

async function paint() {
  const overlay = (await import('../../../entrypoints/overlay/index')).default;
  overlay.main();
  await frames();
  const card = root?.querySelector('[data-testid="nudge"]');
  if (!card) throw new Error('no card painted');
  return card;
}

/** What the background does on 'loadCardUi': runs the interactive part in the same world. */
async function loadUi() {
  const ui = (await import('../../../entrypoints/overlay-ui/index')).default;
  ui.main();
  await frames();
}

describe("the card's first paint", () => {
  it("is the background's markup, the pack's words as text, before any interactive code", async () => {
    const card = await paint();
    expect(card.querySelector('[data-testid="nudge-text"]')?.textContent).toBe(NUDGE.text);
    expect(card.querySelector('b')).toBeNull();
    expect(card.querySelector('[data-testid="nudge-from"]')?.textContent).toContain(
      'Ward serious news',
    );
    expect(sent.map(([type]) => type)).not.toContain('nudgeAction');
  });

  it('keeps a click made before the interactive part arrives, and plays it back on the same button', async () => {
    const card = await paint();
    const used = card.querySelector<HTMLElement>('[data-testid="nudge-used"]');
    used?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(sent.map(([type]) => type)).toContain('loadCardUi');
    expect(sent.map(([type]) => type)).not.toContain('nudgeAction');
    await loadUi();
    const action = sent.find(([type]) => type === 'nudgeAction');
    expect(action?.[1]).toMatchObject({ promptId: 'warn', action: 'used' });
    // "Used it" on a lone prompt folds the card to its pill: the interactive part drew it.
    expect(root?.querySelector('[data-testid="pill"]')).not.toBeNull();
  });

  it("renders over the painted elements: the button the user focused is the interactive card's", async () => {
    const card = await paint();
    const toggle = card.querySelector<HTMLElement>('[data-testid="checklist-toggle"]');
    await loadUi();
    expect(root?.querySelector('[data-testid="checklist-toggle"]')).toBe(toggle);
    toggle?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await frames();
    expect(root?.querySelectorAll('[data-testid="checklist-item"]')).toHaveLength(1);
  });

  it("ignores a page's synthetic click before the interactive part, as after it", async () => {
    const card = await paint();
    card.querySelector<HTMLElement>('[data-testid="nudge-used"]')?.click();
    await loadUi();
    expect(sent.map(([type]) => type)).not.toContain('nudgeAction');
    expect(root?.querySelector('[data-testid="nudge"]')).not.toBeNull();
  });
});

describe("the card's static tree", () => {
  const noop = () => {};
  const built = (nudge: NudgeView) => {
    const div = document.createElement('div');
    div.append(...cardTree(nudge).map((n) => buildCard(document, n)));
    return div;
  };

  const preact = (nudge: NudgeView) => {
    const rendered = document.createElement('div');
    render(
      h(App, {
        nudge,
        onAction: noop,
        onReason: noop,
        onTick: noop,
        onCopy: async () => false,
        onClose: noop,
        onLayout: noop,
        onDragStart: noop,
        onToggleRequest: () => noop,
      }),
      rendered,
    );
    return rendered.innerHTML;
  };

  it('builds what Preact renders for any words a pack can hold: quotes, brackets, ampersands, entities', () => {
    adoptMessages(messageTable(NUDGE_MESSAGES));
    const words = fc.string({
      unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", ';', 'amp', '#39', 'é', '[', ']'),
    });
    fc.assert(
      fc.property(words, words, words, (title, text, packName) => {
        const nudge = { ...NUDGE, title, text: text || 'x', packName };
        expect(built(nudge).innerHTML).toBe(preact(nudge));
      }),
      { numRuns: 60 },
    );
    adoptMessages({});
  });

  it('builds the very elements Preact renders, for the card, its sequence and its pill', () => {
    adoptMessages(messageTable(NUDGE_MESSAGES));
    const sequence: NudgeView = {
      ...NUDGE,
      packText: 'The pack wording & more',
      checklistTitle: 'Habits "quoted"',
      sequence: {
        title: 'Giving the news',
        steps: [
          { promptId: 'warn', title: 'A warning shot', text: NUDGE.text, secondsLabel: '8' },
          { promptId: 'then', title: 'Then', text: 'Wait.', secondsLabel: '2' },
        ],
      },
    };
    for (const nudge of [NUDGE, sequence, { ...NUDGE, startCollapsed: true }])
      expect(built(nudge).innerHTML).toBe(preact(nudge));
    adoptMessages({});
  });

  it("keeps a pack's markup as text, and builds no handler, link or script from a tree", () => {
    const hostile = { ...NUDGE, title: '<img src=x onerror="alert(1)">' };
    const div = built(hostile);
    expect(div.querySelector('img')).toBeNull();
    expect(div.querySelector('h2')?.textContent).toBe(hostile.title);
    const forged = buildCard(document, [
      'button',
      { onclick: 'alert(1)', href: 'javascript:alert(1)', style: 'display:none', class: 'x' },
      ['script', {}, 'alert(1)'],
      'Used it',
    ]) as HTMLElement;
    expect(forged.getAttributeNames()).toEqual(['class']);
    expect(forged.querySelector('script')).toBeNull();
    expect(forged.textContent).toBe('Used it');
  });
});
