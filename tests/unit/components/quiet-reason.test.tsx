// @vitest-environment happy-dom
// The popup's "Why is Attune quiet?" line: the rule's code, read as a sentence in the UI language.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuietReason, quietReasonText } from '../../../components/QuietReason';
import type { BlockReason } from '../../../prompts/policy/blocked';

const root = document.createElement('div');
afterEach(() => render(null, root));

const line = () => root.querySelector('[data-testid="quiet-reason"]');

describe('QuietReason', () => {
  it('names quiet mode when it is on', () => {
    render(<QuietReason reason="quiet-mode" until={null} />, root);
    expect(line()?.textContent).toBe('Attune is quiet: quiet mode is on.');
  });

  it('says until when a snooze lasts', () => {
    const until = new Date(2026, 0, 5, 15, 45).getTime();
    render(<QuietReason reason="snoozed" until={until} />, root);
    expect(line()?.textContent).toMatch(/^Attune is quiet: nudges are snoozed until 3:45\sPM\.$/);
  });

  it('shows nothing when a nudge may show', () => {
    render(<QuietReason reason={null} until={null} />, root);
    expect(line()).toBeNull();
  });

  it('has a sentence for every rule, with its time where the rule ends by itself', () => {
    const until = new Date(2026, 0, 5, 9, 30).getTime();
    const codes: BlockReason[] = [
      'quiet-mode',
      'snoozed',
      'quiet-hours',
      'idle',
      'shown-this-visit',
      'hourly-cap',
      'min-gap',
      'dismissals',
    ];
    const texts = codes.map((code) => quietReasonText(code, until));
    expect(new Set(texts).size).toBe(codes.length);
    for (const text of texts) expect(text).not.toMatch(/\{|quietReason/);
    expect(quietReasonText('min-gap', until)).toContain('9:30');
    expect(quietReasonText('hourly-cap', null)).toBe(
      'Attune is quiet: the most nudges in an hour is set to 0.',
    );
  });
});
