// @vitest-environment happy-dom
// The rehearsal view (and the card) show a script's fill-in parts as parts of their own.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptText } from '../../../components/ScriptText';

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('ScriptText', () => {
  it('shows each placeholder as a distinct fill-in part, brackets kept, the rest as said', () => {
    render(
      <ScriptText text="The [test] shows [the result]. Then stop." fillTitle="Fill in" />,
      root,
    );
    const fills = [...root.querySelectorAll('[data-testid="script-fill"]')];
    expect(fills.map((f) => f.textContent)).toEqual(['[test]', '[the result]']);
    expect(fills.every((f) => f.getAttribute('title') === 'Fill in')).toBe(true);
    // Copying the script copies the placeholders with it.
    expect(root.textContent).toBe('The [test] shows [the result]. Then stop.');
  });

  it('shows a script without placeholders as plain text', () => {
    render(<ScriptText text="One slow breath." fillTitle="Fill in" />, root);
    expect(root.querySelector('[data-testid="script-fill"]')).toBeNull();
    expect(root.textContent).toBe('One slow breath.');
  });
});
