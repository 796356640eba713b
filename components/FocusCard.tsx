import { useState } from 'preact/hooks';
import { fillParts, i18n, rawMessage, uiLocale } from '../utils/i18n';

/** The item rated lowest lately, and the question it raises. */
export interface WeeklyFocus {
  itemId: string;
  text: string;
  average: number;
  question: string;
}

/** Props of {@link FocusCard}. */
export interface FocusCardProps {
  focus: WeeklyFocus;
  /** The focus skill the lowest item suggests, if it names one. */
  suggested: string | null;
  /** The focus skill in use now (the nudges bring its prompts first). */
  current: string | null;
  /** Every skill the user may choose, with its label. */
  skills: readonly { id: string; label: string }[];
  onChoose: (skill: string | null) => void;
}

/**
 * This week's focus (the lowest recent item and a question on it), and next week's focus skill:
 * the one the item suggests, which the user accepts or changes.
 */
export function FocusCard({ focus, suggested, current, skills, onChoose }: FocusCardProps) {
  const [choice, setChoice] = useState(current ?? suggested ?? '');
  const label = (id: string | null) => skills.find((s) => s.id === id)?.label ?? id ?? '';
  return (
    <div class="focus" data-testid="weekly-focus">
      <h3>{i18n.t('trends.focusHeading')}</h3>
      <p>
        {fillParts(rawMessage('trends.focusItem'), {
          item: <strong>{focus.text}</strong>,
          average: focus.average.toLocaleString(uiLocale(), {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
        })}
      </p>
      <p>{focus.question}</p>
      <h3>{i18n.t('trends.nextHeading')}</h3>
      <p data-testid="focus-state">
        {current
          ? i18n.t('trends.focusNow', { skill: label(current) })
          : suggested
            ? i18n.t('trends.focusSuggested', { skill: label(suggested) })
            : i18n.t('trends.focusNone')}
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          onChoose(choice || null);
        }}
      >
        <label class="field">
          <span>{i18n.t('trends.focusSkill')}</span>
          <select
            data-testid="focus-skill"
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
          >
            <option value="">{i18n.t('nudgeSettings.noFocus')}</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id === suggested ? i18n.t('trends.skillSuggested', { skill: s.label }) : s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" data-testid="focus-accept">
          {i18n.t('trends.focusUse')}
        </button>
      </form>
    </div>
  );
}
