import type { PolicyProblem } from '../prompts/studio/policy-check';
import type { PublishField, PublishIssue, PublishIssueCode } from '../prompts/studio/publish';
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

/** Props of {@link StudioPublish}. */
export interface StudioPublishProps {
  values: Record<Exclude<PublishField, 'sites'>, string> & { sites: readonly string[] };
  onValue: (field: Exclude<PublishField, 'sites'>, value: string) => void;
  onSites: (sites: string[]) => void;
  issues: readonly PublishIssue[];
  /** The written policies, or null while the fields are incomplete. */
  outputs: readonly PolicyOutput[] | null;
  onCopy: (browser: PolicyBrowser) => void;
  onDownload: (browser: PolicyBrowser) => void;
}

const ISSUE_KEYS = {
  empty: 'studio.publish.problem.empty',
  notUrl: 'studio.publish.problem.notUrl',
  notHttps: 'studio.publish.problem.notHttps',
  credentials: 'studio.publish.problem.credentials',
  notSite: 'studio.publish.problem.notSite',
  repeated: 'studio.publish.problem.repeated',
  badKey: 'studio.publish.problem.badKey',
  badId: 'studio.publish.problem.badId',
} as const satisfies Record<PublishIssueCode, MessageKey>;

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

const browserName = (b: PolicyBrowser) =>
  b === 'chrome' ? i18n.t('studio.publish.chrome') : i18n.t('studio.publish.firefox');

/** A field's problems, each as "<what the trainer named it> <why>". */
function Issues(props: { id: string; name: string; issues: readonly PublishIssue[] }) {
  if (props.issues.length === 0) return null;
  return (
    <ul class="studio-problems" id={props.id}>
      {props.issues.map((p) => (
        <li key={`${p.field}-${p.index}-${p.code}`} data-testid="studio-publish-problem">
          {props.name} {tKey(ISSUE_KEYS[p.code])}
        </li>
      ))}
    </ul>
  );
}

/** One labelled text field of the Publish step, with its hint and problems. */
function Field(props: {
  field: Exclude<PublishField, 'sites'>;
  label: string;
  hint?: string;
  value: string;
  onValue: (v: string) => void;
  issues: readonly PublishIssue[];
}) {
  const id = `publish-${props.field}`;
  const mine = props.issues.filter((p) => p.field === props.field);
  const describedBy = [props.hint ? `${id}-hint` : '', mine.length > 0 ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field studio-field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        data-testid={id}
        value={props.value}
        spellcheck={false}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      {props.hint && (
        <small id={`${id}-hint`} class="muted">
          {props.hint}
        </small>
      )}
      <Issues id={`${id}-problems`} name={props.label} issues={mine} />
    </div>
  );
}

/** The sites to turn Attune on for: one field each, added and removed. */
function Sites(props: StudioPublishProps) {
  const { sites } = props.values;
  return (
    <fieldset class="studio-list" aria-describedby="publish-sites-hint">
      <legend>{i18n.t('studio.publish.sites')}</legend>
      <small id="publish-sites-hint" class="muted">
        {i18n.t('studio.publish.sitesHint')}
      </small>
      {sites.map((site, n) => {
        const label = i18n.t('studio.publish.site', { n: n + 1 });
        const mine = props.issues.filter((p) => p.field === 'sites' && p.index === n);
        return (
          <div class="studio-list-entry" key={n}>
            <div class="row">
              <input
                type="text"
                id={`publish-site-${n}`}
                data-testid="publish-site"
                aria-label={label}
                aria-invalid={mine.length > 0}
                aria-describedby={mine.length > 0 ? `publish-site-${n}-problems` : undefined}
                value={site}
                spellcheck={false}
                onInput={(e) =>
                  props.onSites(sites.map((s, k) => (k === n ? e.currentTarget.value : s)))
                }
              />
              <button
                type="button"
                aria-label={i18n.t('studio.removeNamed', { name: label })}
                onClick={() => props.onSites(sites.filter((_, k) => k !== n))}
              >
                {i18n.t('studio.remove')}
              </button>
            </div>
            <Issues id={`publish-site-${n}-problems`} name={label} issues={mine} />
          </div>
        );
      })}
      <button
        type="button"
        data-testid="publish-add-site"
        onClick={() => {
          props.onSites([...sites, '']);
          requestAnimationFrame(() =>
            document.getElementById(`publish-site-${sites.length}`)?.focus(),
          );
        }}
      >
        {i18n.t('studio.publish.addSite')}
      </button>
    </fieldset>
  );
}

/** One browser's policy: the text to hand IT, Copy and Download, and IT's steps. */
function Output({ out, props }: { out: PolicyOutput; props: StudioPublishProps }) {
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
        <button
          type="button"
          data-testid={`studio-copy-${out.browser}`}
          aria-label={i18n.t('studio.publish.copyNamed', { browser: name })}
          onClick={() => props.onCopy(out.browser)}
        >
          {i18n.t('studio.publish.copy')}
        </button>
        <button
          type="button"
          data-testid={`studio-download-${out.browser}`}
          aria-label={i18n.t('studio.publish.downloadNamed', { browser: name })}
          onClick={() => props.onDownload(out.browser)}
        >
          {i18n.t('studio.publish.download')}
        </button>
      </div>
      <h4>{i18n.t('studio.publish.steps')}</h4>
      <ol class="studio-policy-steps">
        {STEP_KEYS[out.browser].map((key) => (
          <li key={key}>{tKey(key, { id: props.values.chromeId.trim() })}</li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The Publish step: the pack's address, the sites and the ids the trainer enters, and the
 * policies written from them for Chrome/Edge and Firefox, with IT's steps for each.
 */
export function StudioPublish(props: StudioPublishProps) {
  const { values, onValue, issues } = props;
  return (
    <details class="studio-section studio-publish" data-testid="studio-publish">
      <summary>
        <h2 id="studio-publish-h">{i18n.t('studio.publish.heading')}</h2>
      </summary>
      <p class="muted">{i18n.t('studio.publish.intro')}</p>
      <Field
        field="packUrl"
        label={i18n.t('studio.publish.packUrl')}
        hint={i18n.t('studio.publish.packUrlHint')}
        value={values.packUrl}
        onValue={(v) => onValue('packUrl', v)}
        issues={issues}
      />
      <Sites {...props} />
      <Field
        field="publicKey"
        label={i18n.t('studio.publish.publicKey')}
        hint={i18n.t('studio.publish.publicKeyHint')}
        value={values.publicKey}
        onValue={(v) => onValue('publicKey', v)}
        issues={issues}
      />
      <Field
        field="chromeId"
        label={i18n.t('studio.publish.chromeId')}
        hint={i18n.t('studio.publish.chromeIdHint')}
        value={values.chromeId}
        onValue={(v) => onValue('chromeId', v)}
        issues={issues}
      />
      <Field
        field="firefoxId"
        label={i18n.t('studio.publish.firefoxId')}
        value={values.firefoxId}
        onValue={(v) => onValue('firefoxId', v)}
        issues={issues}
      />
      {props.outputs === null ? (
        <p class="muted" data-testid="studio-publish-incomplete">
          {i18n.t('studio.publish.fixFirst')}
        </p>
      ) : (
        props.outputs.map((out) => <Output key={out.browser} out={out} props={props} />)
      )}
    </details>
  );
}
