import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/download';
import {
  type PolicyBrowser,
  type PolicyOutput,
  StudioPublish,
} from '../../components/StudioPublish';
import { policyProblems } from '../../prompts/studio/policy-check';
import {
  chromePolicyFile,
  FIREFOX_ADDON_ID,
  firefoxPolicies,
  managedPolicy,
  type PublishField,
  type PublishInput,
  policyText,
  publishIssues,
  sitesFromPack,
} from '../../prompts/studio/publish';
import { str } from '../../prompts/validate/loose';
import managedSchema from '../../public/managed_schema.json';
import { i18n } from '../../utils/i18n';

const FILES: Record<PolicyBrowser, string> = {
  chrome: 'attune.json',
  firefox: 'policies.json',
};

/** The policies for what the trainer entered, each checked against Attune's policy schema. */
function outputsFor(input: PublishInput): PolicyOutput[] {
  // The schema describes Attune's own keys, so the object under the extension's id is checked.
  const problems = policyProblems(managedPolicy(input), managedSchema);
  return [
    { browser: 'chrome', text: policyText(chromePolicyFile(input)), file: FILES.chrome, problems },
    { browser: 'firefox', text: policyText(firefoxPolicies(input)), file: FILES.firefox, problems },
  ];
}

/**
 * The Publish step's state: what the trainer typed (sites start from the pack's URL patterns,
 * the Chrome id from this browser's), and Copy and Download. Nothing is sent anywhere.
 */
export function Publish({ doc, say }: { doc: Record<string, unknown>; say: (m: string) => void }) {
  const [fields, setFields] = useState(() => ({
    packUrl: '',
    publicKey: '',
    // In Firefox, runtime.id is the add-on id, not a Chrome one: leave Chrome's to be typed.
    chromeId: /^[a-p]{32}$/.test(browser.runtime.id) ? browser.runtime.id : '',
    firefoxId: FIREFOX_ADDON_ID,
  }));
  const [sites, setSites] = useState<string[]>(() => sitesFromPack(doc));
  const input: PublishInput = { ...fields, sites, packId: str(doc.id) ?? '' };
  const issues = publishIssues(input);
  const outputs = issues.length === 0 ? outputsFor(input) : null;
  const name = (b: PolicyBrowser) =>
    b === 'chrome' ? i18n.t('studio.publish.chrome') : i18n.t('studio.publish.firefox');
  const textOf = (b: PolicyBrowser) => outputs?.find((o) => o.browser === b)?.text ?? '';

  return (
    <StudioPublish
      values={{ ...fields, sites }}
      onValue={(field: Exclude<PublishField, 'sites'>, value: string) =>
        setFields((f) => ({ ...f, [field]: value }))
      }
      onSites={setSites}
      issues={issues}
      outputs={outputs}
      onCopy={(b) =>
        void navigator.clipboard.writeText(textOf(b)).then(
          () => say(i18n.t('studio.publish.copied', { browser: name(b) })),
          () => say(i18n.t('studio.publish.copyFailed')),
        )
      }
      onDownload={(b) => {
        downloadText(FILES[b], textOf(b), 'application/json');
        say(i18n.t('studio.publish.downloaded', { file: FILES[b] }));
      }}
    />
  );
}
