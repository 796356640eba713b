// @vitest-environment happy-dom
// An organisation's policy that switched the built-in packs off (`builtinPacks: "off"`) holds
// beyond nudges: Options › Practice offers the organisation's scripts only, Options › Trends
// charts its rating items only, and the popup rates on them, not on the built-ins'.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PracticeSection } from '../../../entrypoints/options/PracticeSection';
import { TrendsSection } from '../../../entrypoints/options/TrendsSection';
import { readFormOptions } from '../../../entrypoints/popup/first-paint';
import { builtinPacks } from '../../../prompts/builtin';
import { enabledPacks } from '../../../storage/active-packs';
import { db } from '../../../storage/db';
import { installBuiltins, installPack } from '../../../storage/packs';
import { policyStateItem } from '../../../storage/policy-state';
import { trainerPack } from '../storage/pack-fixture';

const SCALE = { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] };
const orgPack = {
  ...trainerPack('1.0.0'),
  ratingItems: [{ id: 'handover-clear', text: 'My handover was clear', scale: SCALE }],
};

let root: HTMLElement;
const values = (selector: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].map(
    (el) => (el as HTMLOptionElement).value || el.dataset.item,
  );

beforeEach(async () => {
  await db.delete();
  await db.open();
  await installBuiltins(builtinPacks, 1);
  expect((await installPack(orgPack, 'policy', { locked: true })).ok).toBe(true);
  await policyStateItem.setValue({ pendingSites: [], errors: [], at: 1, builtinsOff: true });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('built-in packs switched off by policy', () => {
  it("Practice offers only the organisation's scripts", async () => {
    render(<PracticeSection say={() => undefined} />, root);
    await vi.waitFor(() =>
      expect(values('[data-testid="practice-script"] option')).toEqual(['name-it', 'pause']),
    );
  });

  it("Trends charts only the organisation's rating items", async () => {
    render(<TrendsSection say={() => undefined} />, root);
    await vi.waitFor(() =>
      expect(values('[data-testid="trend-chart"] figure')).toEqual(['handover-clear']),
    );
  });

  it("the popup rates on the organisation's items, and its kinds are the organisation's moments", async () => {
    const options = await readFormOptions();
    expect(options.items.map((i) => i.id)).toEqual(['handover-clear']);
    expect(options.kinds.map((k) => k.id)).toEqual(['handover', 'other']);
  });

  it('an export still names the built-ins, whose items entries already written may hold', async () => {
    expect((await enabledPacks()).some((p) => p.id === 'org.attune.core-empathy')).toBe(true);
  });
});
