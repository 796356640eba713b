import { useState } from 'preact/hooks';
import { findIdentifiers, removeIdentifiers } from '../storage/note-check';
import type { ChecklistItem, Encounter, KindOption, RatingOption } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { own, ownCopy } from '../utils/id-record';
import { NOTE_MAX } from '../utils/text-limits';
import { Checklist } from './Checklist';
import { KindSelect } from './KindSelect';
import { NoteWarning } from './NoteWarning';

/** What an edit may change. */
export type EncounterEdit = Pick<Encounter, 'at' | 'kind' | 'ratings' | 'checklist' | 'note'>;

/** Props of {@link EncounterEditor}. */
export interface EncounterEditorProps {
  encounter: Encounter;
  kinds: readonly KindOption[];
  items: readonly RatingOption[];
  /** The checklist's items; ticks of items no pack names any more still show, by id. */
  checklist?: readonly ChecklistItem[];
  onSave: (edit: EncounterEdit) => void;
  onCancel: () => void;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` field's value (local time, to the minute). */
export function toLocalInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A `datetime-local` value as epoch ms, or null when it is not a whole date and time. */
export function fromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = new Date(value).getTime();
  return Number.isFinite(at) ? at : null;
}

/** Edits one logged encounter: its time, kind, ratings, checklist and note. */
export function EncounterEditor({
  encounter,
  kinds,
  items,
  checklist = [],
  onSave,
  onCancel,
}: EncounterEditorProps) {
  const [edit, setEdit] = useState<EncounterEdit>({
    at: encounter.at,
    kind: encounter.kind,
    ratings: ownCopy(encounter.ratings),
    checklist: [...encounter.checklist],
    note: encounter.note,
  });
  // The field's own text: an unchanged field keeps the stored time to the millisecond.
  const [when, setWhen] = useState(() => toLocalInput(encounter.at));
  const known = new Set(items.map((i) => i.id));
  // Items of packs since disabled still show, so an edit never drops a rating silently.
  const all = [
    ...items,
    ...Object.keys(encounter.ratings)
      .filter((id) => !known.has(id))
      .map((id) => ({ id, text: id, min: 1, max: 5, labels: [] })),
  ];
  const listed = new Set(checklist.map((c) => c.id));
  const ticks = [
    ...checklist,
    ...encounter.checklist.filter((id) => !listed.has(id)).map((id) => ({ id, text: id })),
  ];
  const spans = findIdentifiers(edit.note);
  return (
    <form
      class="editor"
      data-testid="history-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(edit);
      }}
    >
      <label class="field">
        <span>{i18n.t('history.editWhen')}</span>
        <input
          type="datetime-local"
          data-testid="edit-when"
          required
          value={when}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setWhen(value);
            const at = fromLocalInput(value);
            if (at !== null) setEdit({ ...edit, at });
          }}
        />
      </label>
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
      {ticks.length > 0 && (
        <fieldset class="field plain" data-testid="edit-checklist">
          <legend>{i18n.t('history.colChecklist')}</legend>
          <Checklist
            items={ticks}
            ticked={edit.checklist}
            idPrefix={`edit-${encounter.id}`}
            onToggle={(id, on) =>
              setEdit({
                ...edit,
                checklist: on ? [...edit.checklist, id] : edit.checklist.filter((c) => c !== id),
              })
            }
          />
        </fieldset>
      )}
      <label class="field">
        <span>{i18n.t('history.privateNote')}</span>
        <textarea
          data-testid="edit-note"
          rows={2}
          maxLength={NOTE_MAX}
          value={edit.note}
          onInput={(e) => setEdit({ ...edit, note: e.currentTarget.value })}
        />
      </label>
      {spans.length > 0 && (
        <NoteWarning
          note={edit.note}
          spans={spans}
          onRemove={() => setEdit({ ...edit, note: removeIdentifiers(edit.note) })}
        />
      )}
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
