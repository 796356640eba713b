// @vitest-environment happy-dom
// The welcome page's steps: the promise, turning a site on, and the focus skill, as a user
// reads and works them (props in, callbacks out).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeFocus } from '../../../components/WelcomeFocus';
import { WelcomePromise } from '../../../components/WelcomePromise';
import { WelcomeSite } from '../../../components/WelcomeSite';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const byTestId = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

/** Types into a field and submits its form, as a user pressing Enter does. */
async function typeAndSubmit(text: string) {
  const input = byTestId('welcome-site-input')[0] as HTMLInputElement;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  return input;
}

describe('WelcomePromise', () => {
  it('says what Attune does and never does, in plain sentences', () => {
    render(<WelcomePromise />, root);
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items.filter((t) => t?.startsWith('It never '))).toHaveLength(4);
    expect(root.textContent).toContain('your ratings and notes stay on this device');
  });
});

describe('WelcomeSite', () => {
  it('turns on what was typed, and clears the field once it is on', async () => {
    const onEnable = vi.fn(async () => true);
    render(<WelcomeSite enabled={[]} openSites={[]} status={null} onEnable={onEnable} />, root);
    const input = await typeAndSubmit('ehr.example.org/patients');
    expect(onEnable).toHaveBeenCalledWith('ehr.example.org/patients');
    expect(input.value).toBe('');
  });

  it('keeps what was typed when the site could not be turned on, and says why', async () => {
    const onEnable = vi.fn(async () => false);
    const status = { text: 'Attune was not given access.', error: true };
    render(<WelcomeSite enabled={[]} openSites={[]} status={status} onEnable={onEnable} />, root);
    const input = await typeAndSubmit('ehr.example.org');
    expect(input.value).toBe('ehr.example.org');
    const line = byTestId('welcome-site-status')[0];
    expect(line?.textContent).toBe('Attune was not given access.');
    expect(line?.getAttribute('role')).toBe('status');
    expect(line?.classList.contains('error')).toBe(true);
  });

  it('offers each site open in another tab as one button, and lists the sites it is on for', async () => {
    const onEnable = vi.fn(async () => true);
    render(
      <WelcomeSite
        enabled={['https://ehr.example.org']}
        openSites={['https://labs.example.org']}
        status={null}
        onEnable={onEnable}
      />,
      root,
    );
    const offer = byTestId('welcome-open-site');
    expect(offer.map((b) => b.textContent)).toEqual(['Turn on for https://labs.example.org']);
    await act(async () => offer[0]?.click());
    expect(onEnable).toHaveBeenCalledWith('https://labs.example.org');
    expect(byTestId('welcome-enabled-site').map((li) => li.textContent)).toEqual([
      'https://ehr.example.org',
    ]);
  });

  it('says when it is on for no site yet, and offers nothing when no other tab can be read', () => {
    render(<WelcomeSite enabled={[]} openSites={[]} status={null} onEnable={vi.fn()} />, root);
    expect(byTestId('welcome-enabled')[0]?.textContent).toBe('No site yet.');
    expect(byTestId('welcome-open-site')).toEqual([]);
  });
});

describe('WelcomeFocus', () => {
  const radios = () => byTestId('welcome-focus-choice') as HTMLInputElement[];
  const labelOf = (input: HTMLInputElement) =>
    root.querySelector(`label[for="${input.id}"] strong`)?.textContent;

  it('offers every skill by the name Options › Nudges uses, and no focus, with the stored one checked', () => {
    render(<WelcomeFocus value="communication-skills" status={null} onChange={vi.fn()} />, root);
    expect(radios().map(labelOf)).toEqual([
      'Self-awareness',
      'Empathy and emotion regulation',
      'Communication skills',
      'Experiential learning',
      'Organisational culture',
      'No focus for now',
    ]);
    expect(
      radios()
        .filter((r) => r.checked)
        .map((r) => r.value),
    ).toEqual(['communication-skills']);
    // Each skill's line on what it trains is read with its radio button.
    const hint = radios()[0]?.getAttribute('aria-describedby');
    expect(root.querySelector(`#${hint}`)?.textContent).toBe(
      'Noticing your own reactions, and looking after yourself.',
    );
  });

  it('checks "No focus for now" when there is none, and hands back the skill chosen, or null', async () => {
    const onChange = vi.fn();
    render(<WelcomeFocus value={null} status={null} onChange={onChange} />, root);
    expect(radios().at(-1)?.checked).toBe(true);
    await act(async () => radios()[1]?.click());
    expect(onChange).toHaveBeenLastCalledWith('empathy-emotion-regulation');
    render(<WelcomeFocus value="self-awareness" status={null} onChange={onChange} />, root);
    await act(async () => radios().at(-1)?.click());
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});
