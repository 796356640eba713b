import type { NudgeSettings } from '../storage/settings';

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
  unit: string;
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
        {props.unit}
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
        label="Most nudges in an hour"
        testId="set-per-hour"
        unit="nudges"
        value={v.perHour}
        onChange={(n) => set({ perHour: n })}
      />
      <NumberField
        label="Before the same prompt shows again"
        testId="set-prompt-cooldown"
        unit="hours"
        value={Math.round(v.promptCooldownMinutes / 60)}
        onChange={(n) => set({ promptCooldownMinutes: n * 60 })}
      />
      <NumberField
        label="Before the same moment nudges again on a site"
        testId="set-moment-cooldown"
        unit="minutes"
        value={v.momentCooldownMinutes}
        onChange={(n) => set({ momentCooldownMinutes: n })}
      />
      <fieldset>
        <legend>Quiet hours</legend>
        <label>
          <input
            type="checkbox"
            data-testid="set-quiet-hours"
            checked={v.quietHours.enabled}
            onChange={(e) =>
              set({ quietHours: { ...v.quietHours, enabled: e.currentTarget.checked } })
            }
          />{' '}
          No nudges between
        </label>{' '}
        <input
          type="time"
          aria-label="Quiet hours start"
          value={v.quietHours.start}
          onChange={(e) => set({ quietHours: { ...v.quietHours, start: e.currentTarget.value } })}
        />{' '}
        and{' '}
        <input
          type="time"
          aria-label="Quiet hours end"
          value={v.quietHours.end}
          onChange={(e) => set({ quietHours: { ...v.quietHours, end: e.currentTarget.value } })}
        />
      </fieldset>
      <NumberField
        label="Pause while the computer has been idle for (0 = never)"
        testId="set-idle"
        unit="minutes"
        value={v.idleMinutes}
        onChange={(n) => set({ idleMinutes: n })}
      />
      <NumberField
        label="Pause after this many dismissals in a row (0 = never)"
        testId="set-dismiss-streak"
        unit="dismissals"
        value={v.dismissStreak}
        onChange={(n) => set({ dismissStreak: n })}
      />
      <NumberField
        label="…for"
        testId="set-dismiss-pause"
        unit="minutes"
        value={v.dismissPauseMinutes}
        onChange={(n) => set({ dismissPauseMinutes: n })}
      />
      <NumberField
        label="Show a prompt as the small pill once dismissed (in 30 days)"
        testId="set-pill-after"
        unit="times"
        value={v.pillAfterDismissals}
        onChange={(n) => set({ pillAfterDismissals: n })}
      />
      <label class="field">
        <span>This week's focus skill (prompts for it come first)</span>
        <select
          data-testid="set-focus"
          value={v.focusComponent ?? ''}
          onChange={(e) => set({ focusComponent: e.currentTarget.value || null })}
        >
          <option value="">No focus this week</option>
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
