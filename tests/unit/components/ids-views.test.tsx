// @vitest-environment happy-dom
// The views read ids as data: a moment, rating or checklist item named like an object property
// shows its own name and value, never something inherited from Object.prototype.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EncounterEditor } from '../../../components/EncounterEditor';
import { EncounterForm } from '../../../components/EncounterForm';
import { EncounterList } from '../../../components/EncounterList';
import { RankList } from '../../../components/RankList';
import { digitRating } from '../../../components/rating-keys';
import type { Encounter, RatingOption } from '../../../utils/domain';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];
const root = document.createElement('div');
afterEach(() => render(null, root));

const item = (id: string): RatingOption => ({ id, text: `Item ${id}`, min: 1, max: 5, labels: [] });
const encounter = (id: string): Encounter => ({
  id: 'e1',
  at: new Date(2025, 0, 15, 10).getTime(),
  kind: id,
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: '',
  packVersions: {},
});
const noop = () => {};

describe.each(NAMES)('an id named %j', (id) => {
  it('shows its own name in a ranking and a history row', () => {
    render(<RankList title="Kinds" rows={[[id, 2]]} names={{}} testId="rank" />, root);
    expect(root.querySelector('li')?.textContent).toBe(`${id} 2`);
    render(<EncounterList encounters={[encounter(id)]} kindNames={{}} onDelete={noop} />, root);
    expect(root.querySelector('[data-testid="history-kind"]')?.textContent).toBe(id);
  });

  it('is unrated until rated: no rating is read from the prototype', () => {
    const draft = { kind: 'other', ratings: {}, checklist: [], promptsUsed: [], note: '' };
    const props = { kinds: [], checklist: [], onChange: noop, onSave: noop, saving: false };
    render(<EncounterForm {...props} items={[item(id)]} draft={draft} />, root);
    expect(root.querySelectorAll('input:checked')).toHaveLength(0);
    const key = new KeyboardEvent('keydown', { key: '3' });
    expect(digitRating(key, [item(id)], {})).toEqual({ itemId: id, value: 3, index: 0 });
    render(
      <EncounterEditor
        encounter={encounter('other')}
        kinds={[]}
        items={[item(id)]}
        onSave={noop}
        onCancel={noop}
      />,
      root,
    );
    expect(root.querySelector<HTMLSelectElement>(`[data-testid="edit-rating-${id}"]`)?.value).toBe(
      '',
    );
  });
});
