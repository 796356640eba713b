import { useEffect, useState } from 'preact/hooks';
import { NudgeSettingsForm } from '../../components/NudgeSettingsForm';
import { COMPONENTS } from '../../prompts/schema';
import {
  DEFAULT_NUDGE_SETTINGS,
  type NudgeSettings,
  nudgeSettingsItem,
  quietModeItem,
  snoozeUntilItem,
} from '../../storage/settings';

/** Readable names of the training components. */
const COMPONENT_LABELS: Readonly<Record<string, string>> = {
  'self-awareness': 'Self-awareness',
  'empathy-emotion-regulation': 'Empathy and emotion regulation',
  'communication-skills': 'Communication skills',
  'experiential-learning': 'Experiential learning',
  'organisational-culture': 'Organisational culture',
};

/** Options › Nudges: quiet mode, snooze, and every fatigue control. */
export function NudgesSection({ say }: { say: (message: string) => void }) {
  const [settings, setSettings] = useState<NudgeSettings | null>(null);
  const [quiet, setQuiet] = useState(false);
  const [snoozeUntil, setSnoozeUntil] = useState(0);
  useEffect(() => {
    void (async () => {
      setSettings(await nudgeSettingsItem.getValue());
      setQuiet(await quietModeItem.getValue());
      setSnoozeUntil(await snoozeUntilItem.getValue());
    })();
  }, []);
  if (!settings) return null;

  const save = async (next: NudgeSettings) => {
    setSettings(next);
    await nudgeSettingsItem.setValue(next);
    say('Nudge settings saved.');
  };
  const snoozed = snoozeUntil > Date.now();
  return (
    <section aria-labelledby="nudges-h">
      <h2 id="nudges-h">Nudges</h2>
      <label>
        <input
          type="checkbox"
          data-testid="options-quiet-mode"
          checked={quiet}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            await quietModeItem.setValue(on);
            setQuiet(on);
            say(on ? 'Quiet mode is on: no nudges anywhere.' : 'Quiet mode is off.');
          }}
        />{' '}
        Quiet mode (no nudges anywhere)
      </label>
      {snoozed && (
        <p data-testid="snoozed">
          Snoozed until{' '}
          {new Date(snoozeUntil).toLocaleTimeString(undefined, { timeStyle: 'short' })}.{' '}
          <button
            type="button"
            onClick={async () => {
              await snoozeUntilItem.setValue(0);
              setSnoozeUntil(0);
              say('Nudges resumed.');
            }}
          >
            Resume now
          </button>
        </p>
      )}
      <NudgeSettingsForm
        value={settings}
        components={COMPONENTS.map((id) => ({ id, label: COMPONENT_LABELS[id] ?? id }))}
        onChange={(next) => void save(next)}
      />
      <button
        type="button"
        data-testid="set-defaults"
        onClick={() => void save(DEFAULT_NUDGE_SETTINGS)}
      >
        Restore the defaults
      </button>
    </section>
  );
}
