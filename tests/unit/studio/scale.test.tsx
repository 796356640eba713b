// @vitest-environment happy-dom
// A rating item's scale in the studio's form: changing the range keeps one label field per point,
// the live validation names an empty new label beside its own field, and the default comes back.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioRatings } from '../../../components/StudioRatings';
import { DEFAULT_LABELS } from '../../../prompts/schema';
import { rescaleLabels } from '../../../prompts/studio/edit';
import { anchorsFor, placeProblems } from '../../../prompts/studio/place';
import { validatePack } from '../../../prompts/validate';
import { validPack } from '../prompts/helpers';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

let latest: Record<string, unknown> = {};

/** The ratings section wired as the editor wires it: live validation placed by pointer. */
function Harness({ start }: { start: Record<string, unknown> }) {
  const [doc, setDoc] = useState(start);
  latest = doc;
  const r = validatePack(doc);
  const placed = placeProblems(r.ok ? [] : r.problems, anchorsFor(doc));
  return (
    <StudioRatings
      doc={doc}
      at={(p) => placed.get(p) ?? []}
      onChange={(next) => setDoc(next as Record<string, unknown>)}
    />
  );
}

const labelFields = () => [
  ...root.querySelectorAll<HTMLInputElement>('[data-pointer^="/ratingItems/0/scale/labels/"]'),
];
const select = (key: 'min' | 'max') =>
  root.querySelector<HTMLSelectElement>(`select[data-pointer="/ratingItems/0/scale/${key}"]`);
const fieldOf = (el: Element) => el.closest('.studio-field') as HTMLElement;

async function choose(key: 'min' | 'max', value: string) {
  const el = select(key);
  if (!el) throw new Error(`no ${key} select`);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function withItem() {
  const pack = validPack() as Record<string, unknown>;
  pack.ratingItems = [{ id: 'named', text: 'I named the emotion' }];
  return pack;
}

describe('the scale of a rating item', () => {
  it('shows the default 1–5 scale with its labels when the item sets none', async () => {
    await act(() => render(<Harness start={withItem()} />, root));
    expect(select('min')?.value).toBe('1');
    expect(select('max')?.value).toBe('5');
    expect(labelFields().map((f) => f.value)).toEqual(DEFAULT_LABELS);
    expect(fieldOf(labelFields()[2] as HTMLInputElement).textContent).toContain('Label 3, for 3');
  });

  it('adds two empty labels when To goes from 5 to 7, each flagged beside its field', async () => {
    await act(() => render(<Harness start={withItem()} />, root));
    await choose('max', '7');
    const fields = labelFields();
    expect(fields).toHaveLength(7);
    expect(fields.slice(0, 5).map((f) => f.value)).toEqual(DEFAULT_LABELS);
    for (const n of [6, 7]) {
      const field = fields[n - 1] as HTMLInputElement;
      expect(field.value).toBe('');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(fieldOf(field).querySelector('[data-testid="studio-problem"]')?.textContent).toBe(
        `Rating item “I named the emotion”: scale label ${n} must be at least 1 character`,
      );
    }
    // The filled-in labels have no problem beside them.
    expect(
      fieldOf(fields[0] as HTMLInputElement).querySelector('[data-testid="studio-problem"]'),
    ).toBeNull();
  });

  it('drops the labels of removed points, and the default button restores 1–5', async () => {
    await act(() => render(<Harness start={withItem()} />, root));
    await choose('max', '3');
    expect(labelFields().map((f) => f.value)).toEqual(DEFAULT_LABELS.slice(0, 3));
    await choose('min', '0');
    expect(labelFields().map((f) => f.value)).toEqual(['', ...DEFAULT_LABELS.slice(0, 3)]);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="studio-scale-default"]');
    expect(button?.textContent).toBe('Use the default 1–5 labels');
    await act(() => button?.click());
    expect(select('min')?.value).toBe('1');
    expect(select('max')?.value).toBe('5');
    expect(labelFields().map((f) => f.value)).toEqual(DEFAULT_LABELS);
    expect(root.querySelector('[data-testid="studio-problem"]')).toBeNull();
    expect(validatePack(latest).ok).toBe(true);
  });

  it('names a range set out of bounds in the JSON view beside To', async () => {
    const pack = withItem();
    pack.ratingItems = [
      { id: 'named', text: 'Named', scale: { min: 1, max: 12, labels: DEFAULT_LABELS } },
    ];
    await act(() => render(<Harness start={pack} />, root));
    const to = select('max') as HTMLSelectElement;
    expect(to.value).toBe('12');
    expect(fieldOf(to).querySelector('[data-testid="studio-problem"]')?.textContent).toBe(
      "Rating item “Named”: the scale's highest point must be at most 10",
    );
  });
});

describe('rescaleLabels', () => {
  it('keeps each label with its point', () => {
    expect(rescaleLabels(['a', 'b', 'c'], 1, 0, 4)).toEqual(['', 'a', 'b', 'c', '']);
    expect(rescaleLabels(['z', 'a', 'b', 'c'], 0, 1, 2)).toEqual(['a', 'b']);
  });
});
