import { browser } from 'wxt/browser';
import type { PackRow } from '../../components/PackList';
import { fingerprint } from '../../prompts/signing';
import { listPacks } from '../../storage/packs';
import { pinnedKeysItem } from '../../storage/pinned-keys';
import { policyStateItem } from '../../storage/policy-state';
import { sitesItem } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { describeSource } from '../../storage/sources';
import { i18n } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';

/** The installed packs as the Packs section lists them. */
export async function loadRows(): Promise<PackRow[]> {
  const [packs, pins] = await Promise.all([listPacks(), pinnedKeysItem.getValue()]);
  return Promise.all(
    packs.map(async (stored) => ({
      stored,
      from: describeSource(stored),
      pinned: pins.some((k) => k.packId === stored.id),
      ...(stored.signedBy ? { signer: await fingerprint(stored.signedBy) } : {}),
    })),
  );
}

/** Gives back a removed URL pack's origin permission, unless a site or another pack still needs it. */
export async function releaseOrigin(url: string): Promise<void> {
  const origin = toSiteOrigin(url);
  if (!origin) return;
  const [sites, packs] = await Promise.all([sitesItem.getValue(), listPacks()]);
  if (sites.includes(origin) || packs.some((p) => p.url && toSiteOrigin(p.url) === origin)) return;
  // Required permissions (the e2e build's test hosts) cannot be removed; that is fine.
  await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
}

/** Turns on a site the policy lists, once the user grants its permission (must run in a click). */
export async function grantPolicySite(site: string): Promise<string> {
  const origin = toSiteOrigin(site);
  if (!origin) return i18n.t('sites.policyNotAnAddress', { site });
  if (!(await browser.permissions.request({ origins: [sitePattern(origin)] })))
    return i18n.t('options.notGranted', { origin });
  const r = await sendMessage('enableSite', origin);
  const state = await policyStateItem.getValue();
  await policyStateItem.setValue({
    ...state,
    pendingSites: state.pendingSites.filter((p) => p !== site),
  });
  return r.ok ? i18n.t('sites.on', { origin }) : r.error;
}
