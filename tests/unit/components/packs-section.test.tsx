// @vitest-environment happy-dom
// Options › Packs as a user reads it: each built-in pack listed once, with the edition in use
// named; the language of the built-in scripts chosen there (and kept); a pack's preview drawn as
// the real card in a shadow root only once the user opens it.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PacksSection } from '../../../entrypoints/options/PacksSection';
import { builtinPacks, englishPacks } from '../../../prompts/builtin';
import { db } from '../../../storage/db';
import { installBuiltins, installPack } from '../../../storage/packs';
import { policyStateItem } from '../../../storage/policy-state';
import { scriptLanguageItem } from '../../../storage/script-language';
import { trainerPack } from '../storage/pack-fixture';

let root: HTMLElement;
const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const rows = () => all('[data-testid="pack"]');
const row = (id: string) => {
  const el = root.querySelector<HTMLElement>(`[data-testid="pack"][data-pack-id="${id}"]`);
  if (!el) throw new Error(`no pack ${id}`);
  return el;
};
const language = (id: string) =>
  row(id).querySelector('[data-testid="pack-language"]')?.textContent ?? '';
const CORE = 'org.attune.core-empathy';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await installBuiltins(builtinPacks, 1);
  root = document.createElement('div');
  document.body.append(root);
  render(<PacksSection say={() => undefined} />, root);
  await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Options › Packs', () => {
  it('lists each built-in pack once, with the edition in use named in its language', () => {
    const listed = rows().map((r) => r.dataset.packId);
    expect(listed.sort()).toEqual(englishPacks.map((p) => p.id).sort());
    expect(language(CORE)).toBe('English');
    expect(row(CORE).dataset.edition).toBe(CORE);
    expect(row(CORE).querySelector<HTMLInputElement>('[data-testid="pack-enabled"]')?.checked).toBe(
      true,
    );
  });

  it('switches the built-in scripts to Spanish when chosen, and keeps the choice', async () => {
    const browserDefault = root.querySelector<HTMLInputElement>(
      '[data-testid="script-language-browser"]',
    );
    expect(browserDefault?.checked).toBe(true);
    root.querySelector<HTMLInputElement>('[data-testid="script-language-es"]')?.click();
    await vi.waitFor(() => expect(language(CORE)).toBe('Español'));
    expect(row(CORE).dataset.edition).toBe(`${CORE}.es`);
    expect(rows()).toHaveLength(englishPacks.length);
    expect(await scriptLanguageItem.getValue()).toBe('es');
  });

  it("turns a built-in pack's editions off together, so a change of language keeps it off", async () => {
    row(CORE).querySelector<HTMLInputElement>('[data-testid="pack-enabled"]')?.click();
    await vi.waitFor(async () =>
      expect((await db.packs.bulkGet([CORE, `${CORE}.es`])).map((p) => p?.enabled)).toEqual([
        false,
        false,
      ]),
    );
  });

  it('draws a pack preview as the real card in a shadow root, and only once opened', async () => {
    const details = row(CORE).querySelector<HTMLDetailsElement>('[data-testid="pack-preview"]');
    expect(all('[data-testid="pack-card"]')).toHaveLength(0);
    if (!details) throw new Error('no preview');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect(all('[data-testid="pack-card"]')).toHaveLength(1));
    const host = row(CORE).querySelector<HTMLElement>('[data-testid="pack-card"]');
    // The card is drawn into the shadow root by an effect, just after the host.
    const card = await vi.waitFor(() => {
      const found = host?.shadowRoot?.querySelector('[data-testid="nudge"]');
      if (!found) throw new Error('no card yet');
      return found;
    });
    expect(card?.querySelector('[data-testid="nudge-text"]')?.textContent).toBe(
      englishPacks.find((p) => p.id === CORE)?.prompts[0]?.text,
    );
    expect(host?.shadowRoot?.querySelector('style')?.textContent).toContain('.card');
  });

  it('lists a pack installed meanwhile by another part of Attune, and the policy switching built-ins off, without a reload', async () => {
    // As the background installs a policy pack while the page is open (it writes the table).
    const r = await installPack(trainerPack('1.0.0'), 'policy', { locked: true });
    expect(r.ok).toBe(true);
    await vi.waitFor(() =>
      expect(
        row('org.example.ward-handover').querySelector('[data-testid="pack-locked"]'),
      ).not.toBe(null),
    );
    await policyStateItem.setValue({ pendingSites: [], errors: [], at: 1, builtinsOff: true });
    await vi.waitFor(() =>
      expect(row(CORE).querySelector('[data-testid="pack-policy-off"]')).not.toBe(null),
    );
  });
});
