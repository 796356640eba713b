import type { NudgeSettings } from '../storage/settings';
import { i18n } from '../utils/i18n';

/** Props of {@link NudgeSettingsForm}. */
export interface NudgeSettingsFormProps {
  value: NudgeSettings;
  /** Training components the user may focus on this week, with labels. */
  components: readonly { id: string; label: string }[];
  onChange: (next: NudgeSettings) => void;
}

/** A whole number from an input, never below zero (an empty or bad field counts as zero). */
const count = (input: string) => Math.max(0, Math.floor(Number(input) || 0));

function NumberField(props: {
  label: string;
  testId: string;
  value: number;
  /** The unit after the field, for the field's value ("4 nudges"). */
  unit: (value: number) => string;
  onChange: (n: number) => void;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <span class="row">
        <input
          type="number"
          min={0}
          data-testid={props.testId}
          value={props.value}
          onChange={(e) => props.onChange(count(e.currentTarget.value))}
        />
        {props.unit(props.value)}
      </span>
    </label>
  );
}

/** Every fatigue control, each one field: how often, how spaced, when silent, what to practise. */
export function NudgeSettingsForm({ value: v, components, onChange }: NudgeSettingsFormProps) {
  const set = (patch: Partial<NudgeSettings>) => onChange({ ...v, ...patch });
  return (
    <div class="nudge-settings">
      <NumberField
        label={i18n.t('nudgeSettings.perHour')}
        testId="set-per-hour"
        unit={(n) => i18n.t('nudgeSettings.unitNudges', n)}
        value={v.perHour}
        onChange={(n) => set({ perHour: n })}
      />
      <NumberField
        label={i18n.t('nudgeSettings.promptCooldown')}
        testId="set-prompt-cooldown"
        unit={(n) => i18n.t('nudgeSettings.unitHours', n)}
        value={Math.round(v.promptCooldownMinutes / 60)}
        onChange={(n) => set({ promptCooldownMinutes: n * 60 })}
      />
      <NumberField
        label={i18n.t('nudgeSettings.momentCooldown')}
        testId="set-moment-cooldown"
        unit={(n) => i18n.t('nudgeSettings.unitMinutes', n)}
        value={v.momentCooldownMinutes}
        onChange={(n) => set({ momentCooldownMinutes: n })}
      />
      <NumberField
        label={i18n.t('nudgeSettings.minGap')}
        testId="set-min-gap"
        unit={(n) => i18n.t('nudgeSettings.unitMinutes', n)}
        value={v.minGapMinutes}
        onChange={(n) => set({ minGapMinutes: n })}
      />
      <fieldset>
        <legend>{i18n.t('nudgeSettings.quietHours')}</legend>
        <label>
          <input
            type="checkbox"
            data-testid="set-quiet-hours"
            checked={v.quietHours.enabled}
            onChange={(e) =>
              set({ quietHours: { ...v.quietHours, enabled: e.currentTarget.checked } })
            }
          />{' '}
          {i18n.t('nudgeSettings.quietBetween')}
        </label>{' '}
        <input
          type="time"
          aria-label={i18n.t('nudgeSettings.quietStart')}
          value={v.quietHours.start}
          onChange={(e) => set({ quietHours: { ...v.quietHours, start: e.currentTarget.value } })}
        />{' '}
        {i18n.t('nudgeSettings.quietAnd')}{' '}
        <input
          type="time"
          aria-label={i18n.t('nudgeSettings.quietEnd')}
          value={v.quietHours.end}
          onChange={(e) => set({ quietHours: { ...v.quietHours, end: e.currentTarget.value } })}
        />
      </fieldset>
      <NumberField
        label={i18n.t('nudgeSettings.idle')}
        testId="set-idle"
        unit={(n) => i18n.t('nudgeSettings.unitMinutes', n)}
        value={v.idleMinutes}
        onChange={(n) => set({ idleMinutes: n })}
      />
      <NumberField
        label={i18n.t('nudgeSettings.dismissStreak')}
        testId="set-dismiss-streak"
        unit={(n) => i18n.t('nudgeSettings.unitDismissals', n)}
        value={v.dismissStreak}
        onChange={(n) => set({ dismissStreak: n })}
      />
      <NumberField
        label={i18n.t('nudgeSettings.dismissPause')}
        testId="set-dismiss-pause"
        unit={(n) => i18n.t('nudgeSettings.unitMinutes', n)}
        value={v.dismissPauseMinutes}
        onChange={(n) => set({ dismissPauseMinutes: n })}
      />
      <NumberField
        label={i18n.t('nudgeSettings.pillAfter')}
        testId="set-pill-after"
        unit={(n) => i18n.t('nudgeSettings.unitTimes', n)}
        value={v.pillAfterDismissals}
        onChange={(n) => set({ pillAfterDismissals: n })}
      />
      <label class="field">
        <span>{i18n.t('nudgeSettings.focus')}</span>
        <select
          data-testid="set-focus"
          value={v.focusComponent ?? ''}
          onChange={(e) => set({ focusComponent: e.currentTarget.value || null })}
        >
          <option value="">{i18n.t('nudgeSettings.noFocus')}</option>
          {components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
