import { useState } from 'preact/hooks';
import type { Encounter, KindOption, RatingOption } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { own, ownCopy } from '../utils/id-record';
import { KindSelect } from './KindSelect';

/** What an edit may change. */
export type EncounterEdit = Pick<Encounter, 'kind' | 'ratings' | 'note'>;

/** Props of {@link EncounterEditor}. */
export interface EncounterEditorProps {
  encounter: Encounter;
  kinds: readonly KindOption[];
  items: readonly RatingOption[];
  onSave: (edit: EncounterEdit) => void;
  onCancel: () => void;
}

/** Edits one logged encounter: its kind, its ratings and its note. */
export function EncounterEditor({
  encounter,
  kinds,
  items,
  onSave,
  onCancel,
}: EncounterEditorProps) {
  const [edit, setEdit] = useState<EncounterEdit>({
    kind: encounter.kind,
    ratings: ownCopy(encounter.ratings),
    note: encounter.note,
  });
  const known = new Set(items.map((i) => i.id));
  // Items of packs since disabled still show, so an edit never drops a rating silently.
  const all = [
    ...items,
    ...Object.keys(encounter.ratings)
      .filter((id) => !known.has(id))
      .map((id) => ({ id, text: id, min: 1, max: 5, labels: [] })),
  ];
  return (
    <form
      class="editor"
      data-testid="history-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(edit);
      }}
    >
      <KindSelect
        label={i18n.t('history.encounter')}
        testId="edit-kind"
        kinds={kinds}
        value={edit.kind}
        onChange={(kind) => setEdit({ ...edit, kind })}
      />
      {all.map((item) => (
        <label class="field" key={item.id}>
          <span>{item.text}</span>
          <select
            data-testid={`edit-rating-${item.id}`}
            value={String(own(edit.ratings, item.id) ?? '')}
            onChange={(e) => {
              const ratings = ownCopy(edit.ratings);
              const v = e.currentTarget.value;
              if (v === '') delete ratings[item.id];
              else ratings[item.id] = Number(v);
              setEdit({ ...edit, ratings });
            }}
          >
            <option value="">{i18n.t('history.notRated')}</option>
            {Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i).map((p) => (
              <option key={p} value={String(p)}>
                {p}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label class="field">
        <span>{i18n.t('history.privateNote')}</span>
        <textarea
          data-testid="edit-note"
          rows={2}
          value={edit.note}
          onInput={(e) => setEdit({ ...edit, note: e.currentTarget.value })}
        />
      </label>
      <div class="row">
        <button type="submit" class="primary" data-testid="edit-save">
          {i18n.t('history.saveChanges')}
        </button>
        <button type="button" data-testid="edit-cancel" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
