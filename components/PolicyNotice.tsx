import type { PolicyState } from '../storage/policy-state';
import { i18n } from '../utils/i18n';

/** Props of {@link PolicyNotice}. */
export interface PolicyNoticeProps {
  state: PolicyState;
  /** Asks the browser for a site's permission (on the user's click) and turns Attune on there. */
  onGrant: (site: string) => void;
}

/**
 * What the organisation's policy asked for that is not done yet: sites awaiting the user's
 * permission (a policy cannot grant it) and packs that could not be installed.
 */
export function PolicyNotice({ state, onGrant }: PolicyNoticeProps) {
  if (state.pendingSites.length === 0 && state.errors.length === 0) return null;
  return (
    <div data-testid="policy-notice">
      {state.pendingSites.length > 0 && <p>{i18n.t('packs.policySites')}</p>}
      <ul class="plain">
        {state.pendingSites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" data-testid="policy-site-grant" onClick={() => onGrant(site)}>
              {i18n.t('packs.policyAllow')}
            </button>
          </li>
        ))}
      </ul>
      {state.errors.length > 0 && (
        <details>
          <summary>{i18n.t('packs.policyErrors', state.errors.length)}</summary>
          <ul>
            {state.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
