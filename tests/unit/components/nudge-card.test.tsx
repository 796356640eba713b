// @vitest-environment happy-dom
// The card as a clinician meets it (entrypoints/overlay/App.tsx with components/NudgeCard.tsx):
// fill-in parts set apart and copied with their brackets, a sequence stepped through with "used"
// recorded per step, the "Not now" choices behind one button (Esc closes them first), the × and
// the pack's own names. happy-dom's events carry no `isTrusted`; the user's are made by defining it.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_MESSAGES } from '../../../components/nudge-messages';
import { App, type OverlayAppProps } from '../../../entrypoints/overlay/App';
import { adoptMessages, messageTable } from '../../../utils/i18n';
import type { NudgeView } from '../../../utils/messages';

const NUDGE: NudgeView = {
  promptId: 'warn',
  packId: 'org.example.card',
  momentId: 'results',
  kind: 'script',
  title: 'A warning shot',
  text: 'I am afraid [the result] is not what we hoped for.',
  packText: null,
  framework: 'SPIKES',
  secondsLabel: '8',
  checklist: [
    { id: 'a', text: 'Sat down' },
    { id: 'b', text: 'Left a silence' },
  ],
  ticked: [],
  startCollapsed: false,
  corner: null,
  packName: 'Ward serious news',
  checklistTitle: 'Breaking-news habits',
  why: 'A warning gives a moment to brace before the news.',
  source: 'Baile WF et al., SPIKES, The Oncologist, 2000',
};

const SEQUENCE: NudgeView = {
  ...NUDGE,
  sequence: {
    title: 'Giving the news',
    steps: [
      { promptId: 'warn', title: 'A warning shot', text: NUDGE.text, secondsLabel: '8' },
      {
        promptId: 'headline',
        title: 'The headline',
        text: 'The scan shows [the finding].',
        secondsLabel: '5',
        source: 'Back AL et al., 2009',
      },
      { promptId: 'silence', title: 'Then silence', text: 'Wait. Let it land.', secondsLabel: '4' },
    ],
  },
};

const trusted = <E extends Event>(event: E): E =>
  Object.defineProperty(event, 'isTrusted', { value: true });
// Long enough for Preact's effects, which run after the next frame (at most 35 ms later).
const settle = () => new Promise((r) => setTimeout(r, 50));

function mount(nudge: NudgeView) {
  adoptMessages(messageTable(NUDGE_MESSAGES));
  // Every message the card shows comes with the nudge (components/nudge-messages.ts).
  const asked = vi.spyOn(fakeBrowser.i18n, 'getMessage');
  const calls = {
    onAction: vi.fn(),
    onReason: vi.fn(),
    onTick: vi.fn(),
    onCopy: vi.fn(async (_text: string) => true),
    onClose: vi.fn(),
  };
  const props: OverlayAppProps = {
    nudge,
    ...calls,
    onDragStart: () => {},
    onLayout: () => {},
    onToggleRequest: () => () => {},
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<App {...props} />, root);
  const find = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const get = (testId: string) => {
    const el = find(testId);
    if (!el) throw new Error(`no ${testId}`);
    return el;
  };
  const click = async (testId: string) => {
    get(testId).click();
    await settle();
  };
  const pressEsc = async () => {
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    await settle();
  };
  return { root, calls, find, get, click, pressEsc, asked };
}

afterEach(() => {
  vi.restoreAllMocks();
  render(null, document.body);
  document.body.replaceChildren();
  adoptMessages({});
});

describe('the nudge card', () => {
  it("marks the script and its title with the pack's language, the card's own words with the interface's", async () => {
    const { root, get } = mount({ ...NUDGE, lang: 'es', title: 'Un aviso', text: 'Me temo que…' });
    await settle();
    expect(get('nudge-text').getAttribute('lang')).toBe('es');
    expect(root.querySelector('h2')?.getAttribute('lang')).toBe('es');
    expect(get('nudge').getAttribute('lang')).not.toBe('es');
  });

  it('sets fill-in parts apart as their own elements and copies them with their brackets', async () => {
    const { root, calls, get, click } = mount(NUDGE);
    await settle();
    const fills = [...root.querySelectorAll('[data-testid="nudge-fill"]')];
    expect(fills.map((f) => [f.tagName, f.className, f.textContent])).toEqual([
      ['MARK', 'fill', '[the result]'],
    ]);
    expect(get('nudge-text').textContent).toBe(NUDGE.text);
    await click('nudge-copy');
    expect(calls.onCopy).toHaveBeenCalledWith(NUDGE.text);
    expect(calls.onAction).toHaveBeenCalledWith('copied');
  });

  it("names Attune and the pack, shows the pack's checklist title, and says why it works on request", async () => {
    const { root, find, get, click, asked } = mount(NUDGE);
    await settle();
    expect(get('nudge-from').textContent).toBe('Attune · Ward serious news');
    expect(get('checklist-toggle').textContent).toBe('Breaking-news habits (0/2)');
    expect(find('nudge-why-text')).toBeNull();
    expect(get('nudge-why').getAttribute('aria-expanded')).toBe('false');
    await click('nudge-why');
    expect(get('nudge-why').getAttribute('aria-expanded')).toBe('true');
    expect(get('nudge-why-text').textContent).toBe(
      'A warning gives a moment to brace before the news.Source: Baile WF et al., SPIKES, The Oncologist, 2000',
    );
    // The pill names the checklist by its title too.
    await click('nudge-collapse');
    expect(root.querySelector('[data-testid="pill-checklist"]')?.getAttribute('aria-label')).toBe(
      'Breaking-news habits, 0 of 2 ticked. Open',
    );
    expect(asked).not.toHaveBeenCalled();
  });

  it('keeps the generic checklist label and the plain Attune line for a nudge without them', async () => {
    const { get } = mount({ ...NUDGE, packName: undefined, checklistTitle: undefined });
    await settle();
    expect(get('checklist-toggle').textContent).toBe('Active-listening checklist (0/2)');
    expect(get('nudge-from').textContent).toBe('Attune');
  });

  it('steps through a sequence with Back and Next, recording "used" for the step showing', async () => {
    const { calls, get, click, asked } = mount(SEQUENCE);
    await settle();
    const card = () => get('nudge');
    expect(get('nudge-step').textContent).toBe('Step 1 of 3 · Giving the news');
    expect(get('nudge-back').getAttribute('aria-disabled')).toBe('true');
    await click('nudge-back'); // at the first step: stays
    expect(get('nudge-step').textContent).toContain('Step 1 of 3');
    await click('nudge-next');
    expect(get('nudge-step').textContent).toBe('Step 2 of 3 · Giving the news');
    expect(card().getAttribute('data-prompt')).toBe('headline');
    expect(card().querySelector('.title')?.textContent).toBe('The headline');
    expect(get('nudge-text').textContent).toBe('The scan shows [the finding].');
    expect(get('nudge-fill').textContent).toBe('[the finding]');
    await click('nudge-copy');
    expect(calls.onCopy).toHaveBeenLastCalledWith('The scan shows [the finding].');
    expect(calls.onAction).toHaveBeenLastCalledWith('copied', undefined, 'headline');
    await click('nudge-back');
    expect(card().getAttribute('data-prompt')).toBe('warn');
    // "Used it" on a step records it and moves on; on the last step it folds the card.
    await click('nudge-used');
    expect(calls.onAction).toHaveBeenLastCalledWith('used');
    expect(get('nudge-step').textContent).toContain('Step 2 of 3');
    await click('nudge-used');
    expect(calls.onAction).toHaveBeenLastCalledWith('used', undefined, 'headline');
    await click('nudge-next');
    expect(get('nudge-next').getAttribute('aria-disabled')).toBe('true');
    await click('nudge-used');
    expect(calls.onAction).toHaveBeenLastCalledWith('used', undefined, 'silence');
    expect(get('pill')).toBeTruthy();
    expect(asked).not.toHaveBeenCalled();
  });

  it('shows no steps for a prompt that begins no sequence', async () => {
    const { find } = mount(NUDGE);
    await settle();
    expect(find('nudge-step')).toBeNull();
    expect(find('nudge-next')).toBeNull();
  });

  it('offers the "Not now" choices behind one button; Esc closes them first, then folds the card', async () => {
    const { root, calls, find, get, click, pressEsc, asked } = mount(NUDGE);
    await settle();
    expect(find('nudge-snooze')).toBeNull();
    expect(get('nudge-not-now').getAttribute('aria-expanded')).toBe('false');
    await click('nudge-not-now');
    expect(get('nudge-not-now').getAttribute('aria-expanded')).toBe('true');
    const menu = get('nudge-not-now-menu');
    expect(get('nudge-not-now').getAttribute('aria-controls')).toBe(menu.id);
    expect([...menu.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Hide on this page',
      'Pause all nudges for an hour',
      'Pause all nudges for today',
      'Not for this moment',
    ]);
    get('nudge-snooze').focus();
    await pressEsc();
    expect(find('nudge-not-now-menu')).toBeNull();
    expect(get('nudge')).toBeTruthy();
    expect(document.activeElement).toBe(get('nudge-not-now'));
    await pressEsc();
    expect(find('nudge')).toBeNull();
    expect(root.querySelector('[data-testid="pill"]')).toBeTruthy();
    expect(calls.onClose).not.toHaveBeenCalled();
    expect(asked).not.toHaveBeenCalled();
  });

  it('acts on each choice: an hour, today, this page, and not for this moment with its reason', async () => {
    for (const [choice, expected] of [
      ['nudge-snooze', ['snoozed', 'hour']],
      ['nudge-snooze-day', ['snoozed', 'day']],
    ] as const) {
      const { calls, click } = mount(NUDGE);
      await settle();
      await click('nudge-not-now');
      await click(choice);
      expect(calls.onAction).toHaveBeenCalledWith(...expected);
      expect(calls.onClose).toHaveBeenCalledOnce();
      document.body.replaceChildren();
    }
    const page = mount(NUDGE);
    await settle();
    await page.click('nudge-not-now');
    await page.click('nudge-hide-page');
    expect(page.calls.onClose).toHaveBeenCalledOnce();
    expect(page.calls.onAction).not.toHaveBeenCalled();
    document.body.replaceChildren();

    const never = mount(NUDGE);
    await settle();
    await never.click('nudge-not-now');
    await never.click('nudge-dismiss');
    expect(never.calls.onAction).toHaveBeenCalledWith('dismissed');
    expect(never.find('nudge-not-now-menu')).toBeNull();
    await never.click('reason-no-time');
    expect(never.calls.onReason).toHaveBeenCalledWith('no-time');
    expect(never.calls.onClose).toHaveBeenCalledOnce();
  });

  it('closes for this page with the ×, which is not the collapse button', async () => {
    const { calls, get, click } = mount(NUDGE);
    await settle();
    expect(get('nudge-close').getAttribute('aria-label')).toBe('Close for this page');
    expect(get('nudge-collapse').getAttribute('aria-label')).toBe('Collapse');
    await click('nudge-close');
    expect(calls.onClose).toHaveBeenCalledOnce();
    expect(calls.onAction).not.toHaveBeenCalledWith('collapsed');
  });

  it('gives the focus back to the field it came from when Esc folds the card', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    const { get, pressEsc } = mount(NUDGE);
    await settle();
    field.focus();
    get('nudge-copy').focus();
    await pressEsc();
    expect(get('pill')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('gives the focus back to the field it came from when "Used it" folds the card', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    const { get } = mount(NUDGE);
    await settle();
    field.focus();
    get('nudge-used').focus();
    expect(document.activeElement).toBe(get('nudge-used'));
    get('nudge-used').click();
    await settle();
    expect(get('pill')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });
});
