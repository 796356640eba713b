import { useEffect, useState } from 'preact/hooks';
import { componentLabel } from '../../components/component-labels';
import { NudgeSettingsForm } from '../../components/NudgeSettingsForm';
import { tryWrite } from '../../components/try-write';
import { COMPONENTS } from '../../prompts/schema';
import {
  DEFAULT_NUDGE_SETTINGS,
  type NudgeSettings,
  nudgeSettingsItem,
  quietModeItem,
  readNudgeSettings,
  snoozeUntilItem,
} from '../../storage/settings';
import { i18n, uiLocale } from '../../utils/i18n';

/** Options › Nudges: quiet mode, snooze, and every fatigue control. */
export function NudgesSection({ say }: { say: (message: string) => void }) {
  const [settings, setSettings] = useState<NudgeSettings | null>(null);
  const [quiet, setQuiet] = useState(false);
  const [snoozeUntil, setSnoozeUntil] = useState(0);
  useEffect(() => {
    void (async () => {
      setSettings(await readNudgeSettings());
      setQuiet(await quietModeItem.getValue());
      setSnoozeUntil(await snoozeUntilItem.getValue());
    })();
  }, []);
  if (!settings) return null;

  const save = async (next: NudgeSettings) => {
    // The form keeps showing what the user set even when the write fails, so it can be retried.
    setSettings(next);
    if (!(await tryWrite(() => nudgeSettingsItem.setValue(next), say)).ok) return;
    say(i18n.t('nudgeSettings.saved'));
  };
  const snoozed = snoozeUntil > Date.now();
  return (
    <section aria-labelledby="nudges-h">
      <h2 id="nudges-h">{i18n.t('nudgeSettings.heading')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="options-quiet-mode"
          checked={quiet}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            if (!(await tryWrite(() => quietModeItem.setValue(on), say)).ok) return;
            setQuiet(on);
            say(on ? i18n.t('nudgeSettings.quietOn') : i18n.t('nudgeSettings.quietOff'));
          }}
        />{' '}
        {i18n.t('site.quietMode')}
      </label>
      {snoozed && (
        <p data-testid="snoozed">
          {i18n.t('nudgeSettings.snoozedUntil', {
            time: new Date(snoozeUntil).toLocaleTimeString(uiLocale(), { timeStyle: 'short' }),
          })}{' '}
          <button
            type="button"
            onClick={async () => {
              if (!(await tryWrite(() => snoozeUntilItem.setValue(0), say)).ok) return;
              setSnoozeUntil(0);
              say(i18n.t('nudgeSettings.resumed'));
            }}
          >
            {i18n.t('nudgeSettings.resumeNow')}
          </button>
        </p>
      )}
      <NudgeSettingsForm
        value={settings}
        components={COMPONENTS.map((id) => ({ id, label: componentLabel(id) }))}
        onChange={(next) => void save(next)}
      />
      <button
        type="button"
        data-testid="set-defaults"
        onClick={() => void save(DEFAULT_NUDGE_SETTINGS)}
      >
        {i18n.t('nudgeSettings.restoreDefaults')}
      </button>
    </section>
  );
}
