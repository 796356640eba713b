import type { PolicyProblem } from '../prompts/studio/policy-check';
import { i18n, type MessageKey } from '../utils/i18n';
import { tKey } from './StudioField';

/** The browsers the Publish step writes a policy for. */
export type PolicyBrowser = 'chrome' | 'firefox';

/** One written policy: its text, the file it downloads as, and any place it misfits the schema. */
export interface PolicyOutput {
  browser: PolicyBrowser;
  text: string;
  file: string;
  problems: readonly PolicyProblem[];
}

/** Props of {@link StudioPolicyOutput}. */
export interface StudioPolicyOutputProps {
  out: PolicyOutput;
  /** The Chrome extension id IT's steps name. */
  chromeId: string;
  onCopy: (browser: PolicyBrowser) => void;
  onDownload: (browser: PolicyBrowser) => void;
}

const STEP_KEYS = {
  chrome: [
    'studio.publish.chromeSteps.linux',
    'studio.publish.chromeSteps.windows',
    'studio.publish.chromeSteps.mac',
    'studio.publish.chromeSteps.check',
    'studio.publish.chromeSteps.sites',
  ],
  firefox: [
    'studio.publish.firefoxSteps.file',
    'studio.publish.firefoxSteps.check',
    'studio.publish.firefoxSteps.sites',
  ],
} as const satisfies Record<PolicyBrowser, readonly MessageKey[]>;

/** A written policy's two actions: the button's words, and its name for a screen reader. */
const POLICY_ACTIONS = [
  { action: 'copy', text: 'studio.publish.copy', named: 'studio.publish.copyNamed' },
  { action: 'download', text: 'studio.publish.download', named: 'studio.publish.downloadNamed' },
] as const satisfies readonly { action: string; text: MessageKey; named: MessageKey }[];

const browserName = (b: PolicyBrowser) =>
  b === 'chrome' ? i18n.t('studio.publish.chrome') : i18n.t('studio.publish.firefox');

/** One browser's policy: the text to hand IT, Copy and Download, and IT's steps. */
export function StudioPolicyOutput({ out, chromeId, onCopy, onDownload }: StudioPolicyOutputProps) {
  const name = browserName(out.browser);
  const id = `publish-${out.browser}-h`;
  return (
    <section class="studio-policy" aria-labelledby={id}>
      <h3 id={id}>{i18n.t('studio.publish.policyOf', { browser: name })}</h3>
      {out.problems.length > 0 && (
        <div role="alert" class="studio-problems">
          <p>{i18n.t('studio.publish.schemaFailed')}</p>
          <ul>
            {out.problems.map((p) => (
              <li key={p.path}>{`${p.path}: ${p.message}`}</li>
            ))}
          </ul>
        </div>
      )}
      {/* Read-only text: a keyboard user can scroll it, and select all of it to copy by hand. */}
      <textarea
        class="studio-policy-text"
        data-testid={`studio-policy-${out.browser}`}
        readOnly
        spellcheck={false}
        rows={Math.min(24, out.text.split('\n').length)}
        aria-labelledby={id}
        value={out.text}
      />
      <div class="row">
        {POLICY_ACTIONS.map(({ action, text, named }) => (
          <button
            key={action}
            type="button"
            data-testid={`studio-${action}-${out.browser}`}
            aria-label={tKey(named, { browser: name })}
            onClick={() => (action === 'copy' ? onCopy : onDownload)(out.browser)}
          >
            {tKey(text)}
          </button>
        ))}
      </div>
      <h4>{i18n.t('studio.publish.steps')}</h4>
      <ol class="studio-policy-steps">
        {STEP_KEYS[out.browser].map((key) => (
          <li key={key}>{tKey(key, { id: chromeId.trim() })}</li>
        ))}
      </ol>
    </section>
  );
}
