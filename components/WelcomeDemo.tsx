import type { ComponentChildren } from 'preact';
import { i18n } from '../utils/i18n';

/** The address (within welcome.html) of the demo page. */
export const DEMO_HASH = '#demo';
/** The address (within welcome.html) of the welcome page itself, back from the demo. */
export const WELCOME_HASH = '#welcome';

/** Step 4 on the welcome page: a link to the demo page, where the sample card shows. */
export function WelcomeTry() {
  return (
    <section aria-labelledby="welcome-demo-h" class="welcome-step" data-testid="welcome-try">
      <h2 id="welcome-demo-h">{i18n.t('welcome.demo.heading')}</h2>
      <p>{i18n.t('welcome.demo.intro')}</p>
      <p>
        <a class="welcome-button" href={DEMO_HASH} data-testid="welcome-open-demo">
          {i18n.t('welcome.demo.open')}
        </a>
      </p>
    </section>
  );
}

/** The welcome page's last words: nothing more to do, and where the settings are. */
export function WelcomeDone() {
  return (
    <section aria-labelledby="welcome-done-h" class="welcome-done">
      <h2 id="welcome-done-h">{i18n.t('welcome.done.heading')}</h2>
      <p>{i18n.t('welcome.done.text')}</p>
      <p>
        <a href="/options.html" data-testid="welcome-settings">
          {i18n.t('welcome.done.settings')}
        </a>
      </p>
    </section>
  );
}

/** Props of {@link WelcomeDemoPage}. */
export interface WelcomeDemoPageProps {
  /** The sample card is showing (else the page offers to show it again). */
  cardOpen: boolean;
  onShowAgain: () => void;
  /** The card itself, in its own shadow root (drawn by the page, not by this component). */
  children?: ComponentChildren;
}

/**
 * The demo page: a pretend clinical page, said to be one, under the sample card. Only invented
 * words: nothing on it could be a patient's.
 */
export function WelcomeDemoPage({ cardOpen, onShowAgain, children }: WelcomeDemoPageProps) {
  return (
    <div class="welcome welcome-demo" data-testid="welcome-demo">
      <p class="welcome-banner">{i18n.t('welcome.demo.banner')}</p>
      <h1 tabIndex={-1}>{i18n.t('welcome.demo.pageHeading')}</h1>
      <p>{i18n.t('welcome.demo.pageText')}</p>
      <div class="welcome-fake" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      {!cardOpen && (
        <p>
          <span data-testid="welcome-demo-closed">{i18n.t('welcome.demo.closed')}</span>{' '}
          <button type="button" data-testid="welcome-demo-again" onClick={onShowAgain}>
            {i18n.t('welcome.demo.showAgain')}
          </button>
        </p>
      )}
      <p>
        <a href={WELCOME_HASH} data-testid="welcome-back">
          {i18n.t('welcome.demo.back')}
        </a>
      </p>
      {children}
    </div>
  );
}
