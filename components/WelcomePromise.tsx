import { i18n } from '../utils/i18n';

/**
 * What Attune does and never does, in plain words: the privacy promise of docs/privacy.md as a
 * clinician reads it on the first day.
 */
export function WelcomePromise() {
  return (
    <section aria-labelledby="welcome-promise-h" class="welcome-step" data-testid="welcome-promise">
      <h2 id="welcome-promise-h">{i18n.t('welcome.promise.heading')}</h2>
      <div class="welcome-columns">
        <div>
          <h3>{i18n.t('welcome.promise.doesHeading')}</h3>
          <ul>
            <li>{i18n.t('welcome.promise.does1')}</li>
            <li>{i18n.t('welcome.promise.does2')}</li>
          </ul>
        </div>
        <div>
          <h3>{i18n.t('welcome.promise.neverHeading')}</h3>
          <ul>
            <li>{i18n.t('welcome.promise.never1')}</li>
            <li>{i18n.t('welcome.promise.never2')}</li>
            <li>{i18n.t('welcome.promise.never3')}</li>
            <li>{i18n.t('welcome.promise.never4')}</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
