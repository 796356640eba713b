import { useState } from 'preact/hooks';
import { i18n } from '../utils/i18n';

/** A line said under a step: what the last action came to. */
export interface WelcomeStatus {
  text: string;
  error: boolean;
}

/** Props of {@link WelcomeSite}. */
export interface WelcomeSiteProps {
  /** The sites Attune is on for now. */
  enabled: readonly string[];
  /** Sites open in other tabs that Attune may read but is not on for (origins). */
  openSites: readonly string[];
  status: WelcomeStatus | null;
  /**
   * Turns Attune on for what was typed or chosen; resolves whether it is on now. Called straight
   * from the click, so the browser can ask for the site's permission.
   */
  onEnable: (input: string) => Promise<boolean>;
}

/** Step 2: turn Attune on for the user's EHR, by address or from a tab already open on it. */
export function WelcomeSite({ enabled, openSites, status, onEnable }: WelcomeSiteProps) {
  const [input, setInput] = useState('');
  return (
    <section aria-labelledby="welcome-site-h" class="welcome-step" data-testid="welcome-site">
      <h2 id="welcome-site-h">{i18n.t('welcome.site.heading')}</h2>
      <p>{i18n.t('welcome.site.intro')}</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = input;
          void onEnable(typed).then((on) => on && setInput((now) => (now === typed ? '' : now)));
        }}
      >
        <label class="field welcome-grow">
          <span>{i18n.t('welcome.site.label')}</span>
          <input
            type="text"
            inputMode="url"
            autoComplete="url"
            data-testid="welcome-site-input"
            placeholder={i18n.t('welcome.site.placeholder')}
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" data-testid="welcome-site-enable">
          {i18n.t('welcome.site.turnOn')}
        </button>
      </form>
      {openSites.length > 0 && (
        <div class="welcome-open-sites">
          <p>{i18n.t('welcome.site.openTabs')}</p>
          <ul class="welcome-plain">
            {openSites.map((origin) => (
              <li key={origin}>
                <button
                  type="button"
                  data-testid="welcome-open-site"
                  data-origin={origin}
                  onClick={() => void onEnable(origin)}
                >
                  {i18n.t('welcome.site.turnOnFor', { origin })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p
        role="status"
        data-testid="welcome-site-status"
        class={status?.error ? 'status error' : 'status'}
      >
        {status?.text ?? ''}
      </p>
      <h3>{i18n.t('welcome.site.enabledHeading')}</h3>
      {enabled.length ? (
        <ul class="welcome-plain" data-testid="welcome-enabled">
          {enabled.map((origin) => (
            <li key={origin} data-testid="welcome-enabled-site">
              {origin}
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="welcome-enabled">{i18n.t('welcome.site.none')}</p>
      )}
      <p class="muted">{i18n.t('welcome.site.later')}</p>
    </section>
  );
}
