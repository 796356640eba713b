// The studio's Publish step: what IT needs to give a pack to every managed browser, written from
// what the trainer typed. Pure: nothing here reads the browser or sends anything.
import { toSiteOrigin } from '../../storage/sites';
import { arr, obj, str } from '../validate/loose';

/** Firefox's id for Attune (wxt.config.ts, `browser_specific_settings.gecko.id`). */
export const FIREFOX_ADDON_ID = 'attune@attune.example';

/** What the trainer enters in the Publish step. */
export interface PublishInput {
  packId: string;
  /** The https address the pack file will be served from. */
  packUrl: string;
  /** Sites (origins) to turn Attune on for, as typed. */
  sites: readonly string[];
  /** The trainer's Ed25519 public key (base64) to require; '' for none. */
  publicKey: string;
  /** Attune's extension id in Chrome and Edge (32 letters a–p). */
  chromeId: string;
  /** Attune's add-on id in Firefox. */
  firefoxId: string;
}

/** A field of {@link PublishInput} that a problem is about. */
export type PublishField = 'packUrl' | 'sites' | 'publicKey' | 'chromeId' | 'firefoxId';

/** Why a field cannot go into a policy. */
export type PublishIssueCode =
  | 'empty'
  | 'notUrl'
  | 'notHttps'
  | 'credentials'
  | 'notSite'
  | 'repeated'
  | 'badKey'
  | 'badId';

/** One problem with what the trainer entered; `index` is the site's place in the list. */
export interface PublishIssue {
  field: PublishField;
  index: number | null;
  code: PublishIssueCode;
}

/** Attune's keys in managed storage (public/managed_schema.json), as the Publish step writes them. */
export interface ManagedPolicy {
  packUrls: string[];
  sites: string[];
  pinnedKeys?: { packId: string; publicKey: string }[];
}

const CHROME_ID = /^[a-p]{32}$/;
const GECKO_ID = /^(?:\{[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}|[\w.+-]*@[\w.-]+)$/;
// An Ed25519 public key is 32 bytes: 43 base64 characters and one "=".
const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;

function urlIssue(url: string): PublishIssueCode | null {
  if (url.trim() === '') return 'empty';
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'notUrl';
  }
  if (parsed.protocol !== 'https:') return 'notHttps';
  if (parsed.username || parsed.password) return 'credentials';
  return null;
}

/** Everything that keeps the input from making a policy; none means the writers can run. */
export function publishIssues(input: PublishInput): PublishIssue[] {
  const out: PublishIssue[] = [];
  const url = urlIssue(input.packUrl);
  if (url) out.push({ field: 'packUrl', index: null, code: url });
  const seen = new Set<string>();
  input.sites.forEach((site, index) => {
    const origin = toSiteOrigin(site);
    const code =
      site.trim() === '' ? 'empty' : !origin ? 'notSite' : seen.has(origin) && 'repeated';
    if (code) out.push({ field: 'sites', index, code });
    if (origin) seen.add(origin);
  });
  if (input.publicKey.trim() !== '' && !PUBLIC_KEY.test(input.publicKey.trim()))
    out.push({ field: 'publicKey', index: null, code: 'badKey' });
  if (!CHROME_ID.test(input.chromeId.trim()))
    out.push({ field: 'chromeId', index: null, code: input.chromeId.trim() ? 'badId' : 'empty' });
  if (!GECKO_ID.test(input.firefoxId.trim()))
    out.push({ field: 'firefoxId', index: null, code: input.firefoxId.trim() ? 'badId' : 'empty' });
  return out;
}

/** The value of Attune's managed storage: the pack's address, the sites, the key to require. */
export function managedPolicy(input: PublishInput): ManagedPolicy {
  const sites = [...new Set(input.sites.map(toSiteOrigin).filter((s): s is string => s !== null))];
  const policy: ManagedPolicy = { packUrls: [input.packUrl.trim()], sites };
  const publicKey = input.publicKey.trim();
  if (publicKey) policy.pinnedKeys = [{ packId: input.packId, publicKey }];
  return policy;
}

/**
 * Chrome's and Edge's policy file (Linux's managed folder takes it as it is): Attune's keys under
 * `3rdparty.extensions.<extension id>`.
 */
export function chromePolicyFile(input: PublishInput): Record<string, unknown> {
  return { '3rdparty': { extensions: { [input.chromeId.trim()]: managedPolicy(input) } } };
}

/** Firefox's policies.json with Attune's keys under `policies.3rdparty.Extensions.<add-on id>`. */
export function firefoxPolicies(input: PublishInput): Record<string, unknown> {
  return {
    policies: { '3rdparty': { Extensions: { [input.firefoxId.trim()]: managedPolicy(input) } } },
  };
}

/** A policy as the file IT saves: indented, with a final line break. */
export const policyText = (policy: unknown): string => `${JSON.stringify(policy, null, 2)}\n`;

/**
 * The sites a pack's moments name with a fixed host (`https://ehr.example.org/results/*` gives
 * `https://ehr.example.org`), to start the Publish step's list from.
 */
export function sitesFromPack(doc: unknown): string[] {
  const pack = obj(doc);
  const patterns = [
    ...arr(pack?.moments).flatMap((m) => arr(obj(obj(m)?.triggers)?.urlPatterns)),
    ...arr(obj(pack?.replaces)?.sites),
  ];
  const out = new Set<string>();
  for (const p of patterns) {
    const m = /^(https?):\/\/([^/*]+)\//.exec(str(p) ?? '');
    const origin = m ? toSiteOrigin(`${m[1]}://${m[2]}`) : null;
    if (origin) out.add(origin);
  }
  return [...out];
}
