import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { IdentifierSpan } from '../storage/note-check';
import type { ChecklistItem, EncounterDraft, KindOption, RatingOption } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { NOTE_MAX } from '../utils/text-limits';
import { Checklist } from './Checklist';
import { KindSelect } from './KindSelect';
import { NoteWarning } from './NoteWarning';
import { RatingScale } from './RatingScale';
import { digitRating, focusTarget, ratingOf } from './rating-keys';

// The form's types are domain types (utils/domain.ts); re-exported for the form's callers.
export type { EncounterDraft, KindOption, RatingOption } from '../utils/domain';

/** Props of {@link EncounterForm}. */
export interface EncounterFormProps {
  kinds: readonly KindOption[];
  items: readonly RatingOption[];
  checklist: readonly ChecklistItem[];
  draft: EncounterDraft;
  onChange: (draft: EncounterDraft) => void;
  onSave: () => void;
  saving: boolean;
  /** Identifier-like parts of the note found on save; the warning shows while set. */
  identifiers?: readonly IdentifierSpan[] | null;
  onRemoveIdentifiers?: () => void;
  onSaveAnyway?: () => void;
  /** Throws the draft away; the button shows only when given. */
  onDiscard?: () => void;
  /**
   * Ticks made on the card on this page, offered for the entry: asked, never carried in unasked.
   * The question shows while set.
   */
  tickOffer?: { count: number; onAnswer: (include: boolean) => void } | null;
  /** Shown beside Save, in the bar that stays in view (the popup's status line). */
  footer?: ComponentChildren;
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
  identifiers,
  onRemoveIdentifiers,
  onSaveAnyway,
  onDiscard,
  tickOffer,
  footer,
}: EncounterFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const warning = useRef<HTMLDivElement>(null);
  // Focus the first unrated item on open, so keys 1–5 rate at once with no click.
  useEffect(() => {
    if (form.current) focusTarget(form.current, items, draft.ratings, -1)?.focus();
  }, []);
  // The warning appears below the note, where the form may be scrolled out of view.
  const warned = (identifiers?.length ?? 0) > 0;
  useEffect(() => {
    if (warned) warning.current?.scrollIntoView?.({ block: 'nearest' });
  }, [warned]);
  return (
    <form
      ref={form}
      class="encounter"
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) onSave();
      }}
      onKeyDown={(e) => {
        const hit = digitRating(e, items, draft.ratings);
        if (!hit) return;
        e.preventDefault();
        onChange({ ...draft, ratings: { ...draft.ratings, [hit.itemId]: hit.value } });
        const next = { ...draft.ratings, [hit.itemId]: hit.value };
        if (form.current) focusTarget(form.current, items, next, hit.index)?.focus();
      }}
    >
      {tickOffer && (
        <fieldset class="tick-offer" data-testid="tick-offer">
          <legend>{i18n.t('popup.includeTicks', tickOffer.count)}</legend>
          <div class="row">
            <button
              type="button"
              data-testid="tick-offer-yes"
              onClick={() => tickOffer.onAnswer(true)}
            >
              {i18n.t('popup.includeYes')}
            </button>
            <button
              type="button"
              data-testid="tick-offer-no"
              onClick={() => tickOffer.onAnswer(false)}
            >
              {i18n.t('popup.includeNo')}
            </button>
          </div>
        </fieldset>
      )}
      <KindSelect
        label={i18n.t('log.encounter')}
        testId="encounter-kind"
        kinds={kinds}
        value={draft.kind}
        onChange={(kind) => onChange({ ...draft, kind })}
      />
      {items.map((item) => (
        <RatingScale
          key={item.id}
          itemId={item.id}
          text={item.text}
          min={item.min}
          max={item.max}
          labels={item.labels}
          value={ratingOf(draft.ratings, item.id)}
          onChange={(v) => onChange({ ...draft, ratings: { ...draft.ratings, [item.id]: v } })}
        />
      ))}
      {checklist.length > 0 && (
        <details open={draft.checklist.length > 0}>
          <summary>
            {i18n.t('log.activeListening', {
              ticked: draft.checklist.length,
              total: checklist.length,
            })}
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
        <span>{i18n.t('log.privateNote')}</span>
        <textarea
          data-testid="encounter-note"
          rows={2}
          maxLength={NOTE_MAX}
          value={draft.note}
          onInput={(e) => onChange({ ...draft, note: e.currentTarget.value })}
        />
      </label>
      {identifiers && identifiers.length > 0 && (
        <div ref={warning}>
          <NoteWarning
            note={draft.note}
            spans={identifiers}
            onRemove={() => onRemoveIdentifiers?.()}
            onSaveAnyway={() => onSaveAnyway?.()}
          />
        </div>
      )}
      <div class="form-actions">
        <div class="row">
          <button
            type="submit"
            class="primary"
            data-testid="save-encounter"
            // aria-disabled, not disabled: a disabled button loses the focus to the page's body,
            // and a keyboard user saving with Enter would have to find their way back.
            aria-disabled={saving}
          >
            {i18n.t('log.save')}
          </button>
          {onDiscard && (
            <button type="button" data-testid="discard-draft" onClick={onDiscard}>
              {i18n.t('log.discard')}
            </button>
          )}
        </div>
        {footer}
      </div>
    </form>
  );
}
