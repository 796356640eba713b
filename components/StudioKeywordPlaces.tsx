import {
  type KeywordPlace,
  keywordPlaces,
  withKeywordPlaces,
} from '../prompts/studio/keyword-places';
import type { Problem } from '../prompts/validate';
import { i18n, type MessageKey } from '../utils/i18n';
import { fieldId, StudioProblems } from './StudioField';

/** The choices, each the places it stands for: the title and headings go together, always. */
const CHOICES = [
  [['title', 'headings'], 'studio.teach.lookTitle'],
  [['tabs'], 'studio.teach.lookTabs'],
  [['current'], 'studio.teach.lookCurrent'],
] as const satisfies readonly (readonly [readonly KeywordPlace[], MessageKey])[];

/** Props of {@link StudioKeywordPlaces}. */
export interface StudioKeywordPlacesProps {
  doc: Record<string, unknown>;
  moment: number;
  onChange: (next: unknown) => void;
  problems: readonly Problem[];
}

/**
 * Where a moment's keywords are looked for (keywordsIn): the title and headings always, and the
 * selected tab's label or the current navigation item for screens that name themselves there.
 */
export function StudioKeywordPlaces({ doc, moment, onChange, problems }: StudioKeywordPlacesProps) {
  const pointer = `/moments/${moment}/triggers/keywordsIn`;
  const hintId = `${fieldId(pointer)}-hint`;
  const now = keywordPlaces(doc, moment);
  return (
    <fieldset
      class="studio-list"
      id={fieldId(pointer)}
      tabIndex={-1}
      data-testid="studio-keywords-in"
      aria-describedby={hintId}
    >
      <legend>{i18n.t('studio.teach.lookIn')}</legend>
      <small id={hintId} class="muted">
        {i18n.t('studio.teach.lookHint')}
      </small>
      <StudioProblems doc={doc} problems={problems} />
      {CHOICES.map(([places, label]) => {
        const checked = places.every((p) => now.includes(p));
        // The title and headings can be put back (a JSON edit may have left them out), not taken away.
        const fixed = places.length > 1 && checked;
        return (
          <label key={label} class="studio-check">
            <input
              type="checkbox"
              value={places.join(' ')}
              checked={checked}
              disabled={fixed}
              onChange={(e) =>
                onChange(withKeywordPlaces(doc, moment, places, e.currentTarget.checked))
              }
            />
            {i18n.t(label)}
          </label>
        );
      })}
    </fieldset>
  );
}
