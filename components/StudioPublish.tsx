import type { PublishField, PublishIssue, PublishIssueCode } from '../prompts/studio/publish';
import { i18n, type MessageKey } from '../utils/i18n';
import { tKey } from './StudioField';
import { type PolicyBrowser, type PolicyOutput, StudioPolicyOutput } from './StudioPolicyOutput';

export type { PolicyBrowser, PolicyOutput };

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

/** The Publish step's text fields, in order (the sites, a list of their own, come after the first). */
const FIELDS = [
  { field: 'packUrl', label: 'studio.publish.packUrl', hint: 'studio.publish.packUrlHint' },
  { field: 'publicKey', label: 'studio.publish.publicKey', hint: 'studio.publish.publicKeyHint' },
  { field: 'chromeId', label: 'studio.publish.chromeId', hint: 'studio.publish.chromeIdHint' },
  { field: 'firefoxId', label: 'studio.publish.firefoxId' },
] as const satisfies readonly {
  field: Exclude<PublishField, 'sites'>;
  label: MessageKey;
  hint?: MessageKey;
}[];

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

/**
 * The Publish step: the pack's address, the sites and the ids the trainer enters, and the
 * policies written from them for Chrome/Edge and Firefox, with IT's steps for each.
 */
export function StudioPublish(props: StudioPublishProps) {
  const { values, onValue, issues } = props;
  const field = (f: (typeof FIELDS)[number]) => (
    <Field
      key={f.field}
      field={f.field}
      label={tKey(f.label)}
      hint={'hint' in f ? tKey(f.hint) : undefined}
      value={values[f.field]}
      onValue={(v) => onValue(f.field, v)}
      issues={issues}
    />
  );
  return (
    <details class="studio-section studio-publish" data-testid="studio-publish">
      <summary>
        <h2 id="studio-publish-h">{i18n.t('studio.publish.heading')}</h2>
      </summary>
      <p class="muted">{i18n.t('studio.publish.intro')}</p>
      {field(FIELDS[0])}
      <Sites {...props} />
      {FIELDS.slice(1).map(field)}
      {props.outputs === null ? (
        <p class="muted" data-testid="studio-publish-incomplete">
          {i18n.t('studio.publish.fixFirst')}
        </p>
      ) : (
        props.outputs.map((out) => (
          <StudioPolicyOutput
            key={out.browser}
            out={out}
            chromeId={values.chromeId}
            onCopy={props.onCopy}
            onDownload={props.onDownload}
          />
        ))
      )}
    </details>
  );
}
