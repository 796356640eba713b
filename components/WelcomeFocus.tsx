import { COMPONENTS } from '../prompts/schema';
import { i18n, type MessageKey } from '../utils/i18n';
import type { WelcomeStatus } from './WelcomeSite';

type Skill = (typeof COMPONENTS)[number];

/** Each training component's name (the one Options › Nudges shows) and a line on what it trains. */
const SKILLS = {
  'self-awareness': {
    label: 'nudgeSettings.componentSelfAwareness',
    hint: 'welcome.focus.hintSelfAwareness',
  },
  'empathy-emotion-regulation': {
    label: 'nudgeSettings.componentEmpathy',
    hint: 'welcome.focus.hintEmpathy',
  },
  'communication-skills': {
    label: 'nudgeSettings.componentCommunication',
    hint: 'welcome.focus.hintCommunication',
  },
  'experiential-learning': {
    label: 'nudgeSettings.componentExperiential',
    hint: 'welcome.focus.hintExperiential',
  },
  'organisational-culture': {
    label: 'nudgeSettings.componentCulture',
    hint: 'welcome.focus.hintCulture',
  },
} as const satisfies Record<Skill, { label: MessageKey; hint: MessageKey }>;

/** A focus skill's name in the UI language (the id itself for one this version does not know). */
export function skillLabel(id: string): string {
  return Object.hasOwn(SKILLS, id) ? i18n.t(SKILLS[id as Skill].label) : id;
}

/** Props of {@link WelcomeFocus}. */
export interface WelcomeFocusProps {
  /** The stored focus skill (a training component id), or null for none. */
  value: string | null;
  status: WelcomeStatus | null;
  onChange: (skill: string | null) => void;
}

/** Step 3: one skill to practise first, as radio buttons (arrow keys move between them). */
export function WelcomeFocus({ value, status, onChange }: WelcomeFocusProps) {
  const choices: { id: string | null; label: string; hint: string | null }[] = [
    ...COMPONENTS.map((id) => ({ id, label: skillLabel(id), hint: i18n.t(SKILLS[id].hint) })),
    { id: null, label: i18n.t('welcome.focus.none'), hint: null },
  ];
  return (
    <section aria-labelledby="welcome-focus-h" class="welcome-step" data-testid="welcome-focus">
      <h2 id="welcome-focus-h">{i18n.t('welcome.focus.heading')}</h2>
      <p>{i18n.t('welcome.focus.intro')}</p>
      <fieldset class="welcome-choices">
        <legend class="sr-only">{i18n.t('welcome.focus.legend')}</legend>
        {choices.map(({ id, label, hint }) => {
          const key = id ?? 'none';
          return (
            <div class="welcome-choice" key={key}>
              <input
                type="radio"
                name="welcome-focus"
                id={`welcome-focus-${key}`}
                value={id ?? ''}
                data-testid="welcome-focus-choice"
                checked={value === id}
                aria-describedby={hint ? `welcome-focus-${key}-hint` : undefined}
                onChange={() => onChange(id)}
              />
              <label for={`welcome-focus-${key}`}>
                <strong>{label}</strong>
                {hint && (
                  <span class="muted" id={`welcome-focus-${key}-hint`}>
                    {hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </fieldset>
      <p
        role="status"
        data-testid="welcome-focus-status"
        class={status?.error ? 'status error' : 'status'}
      >
        {status?.text ?? ''}
      </p>
    </section>
  );
}
