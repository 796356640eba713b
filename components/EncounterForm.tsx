import { Checklist, type ChecklistItem } from './Checklist';
import { RatingScale } from './RatingScale';

/** A kind of encounter the user can pick (a pack moment, or `other`). */
export interface KindOption {
  id: string;
  name: string;
}

/** A self-rating item as the form shows it. */
export interface RatingOption {
  id: string;
  text: string;
  min: number;
  max: number;
  labels: readonly string[];
}

/** What the user has entered so far. */
export interface EncounterDraft {
  kind: string;
  ratings: Record<string, number>;
  checklist: string[];
  promptsUsed: string[];
  note: string;
}

/** Props of {@link EncounterForm}. */
export interface EncounterFormProps {
  kinds: readonly KindOption[];
  items: readonly RatingOption[];
  checklist: readonly ChecklistItem[];
  draft: EncounterDraft;
  onChange: (draft: EncounterDraft) => void;
  onSave: () => void;
  saving: boolean;
}

/** The quick encounter log: kind, self-ratings, checklist ticks, private note, save. */
export function EncounterForm({
  kinds,
  items,
  checklist,
  draft,
  onChange,
  onSave,
  saving,
}: EncounterFormProps) {
  return (
    <form
      class="encounter"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <label class="field">
        <span>Encounter</span>
        <select
          data-testid="encounter-kind"
          value={draft.kind}
          onChange={(e) => onChange({ ...draft, kind: e.currentTarget.value })}
        >
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </label>
      {items.map((item) => (
        <RatingScale
          key={item.id}
          itemId={item.id}
          text={item.text}
          min={item.min}
          max={item.max}
          labels={item.labels}
          value={draft.ratings[item.id]}
          onChange={(v) => onChange({ ...draft, ratings: { ...draft.ratings, [item.id]: v } })}
        />
      ))}
      {checklist.length > 0 && (
        <details open={draft.checklist.length > 0}>
          <summary>
            Active listening ({draft.checklist.length}/{checklist.length})
          </summary>
          <Checklist
            items={checklist}
            ticked={draft.checklist}
            idPrefix="popup-cl"
            onToggle={(id, on) =>
              onChange({
                ...draft,
                checklist: on ? [...draft.checklist, id] : draft.checklist.filter((c) => c !== id),
              })
            }
          />
        </details>
      )}
      <label class="field">
        <span>Private note (never include patient details)</span>
        <textarea
          data-testid="encounter-note"
          rows={2}
          value={draft.note}
          onInput={(e) => onChange({ ...draft, note: e.currentTarget.value })}
        />
      </label>
      <button type="submit" class="primary" data-testid="save-encounter" disabled={saving}>
        Save encounter
      </button>
    </form>
  );
}
