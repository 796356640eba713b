import { browser } from 'wxt/browser';
import type { PackRow } from '../../components/PackList';
import { fingerprint } from '../../prompts/signing';
import { listPacks } from '../../storage/packs';
import { pinnedKeysItem, pinsAmong, userForgettable } from '../../storage/pinned-keys';
import { policyStateItem } from '../../storage/policy-state';
import { sitesItem } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { describeSource } from '../../storage/sources';
import type { StoredPack } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';

/** The installed packs (read now unless given) as the Packs section lists them. */
export async function loadRows(given?: readonly StoredPack[]): Promise<PackRow[]> {
  const [packs, pins] = await Promise.all([given ?? listPacks(), pinnedKeysItem.getValue()]);
  return Promise.all(
    packs.map(async (stored) => {
      const lineage = stored.source === 'policy' ? 'policy' : 'user';
      const copy = stored.userCopy;
      const pin = pinsAmong(pins, stored.id, lineage).by;
      return {
        stored,
        from: describeSource(stored),
        pinned: pin === null ? null : pin === 'policy' ? ('policy' as const) : ('own' as const),
        canForget: userForgettable(pin),
        ...(stored.signedBy ? { signer: await fingerprint(stored.signedBy) } : {}),
        ...(copy ? { userCopy: { version: copy.version, from: describeSource(copy) } } : {}),
      };
    }),
  );
}

/** Gives back a removed URL pack's origin permission, unless a site or another pack still needs it. */
export async function releaseOrigin(url: string): Promise<void> {
  const origin = toSiteOrigin(url);
  if (!origin) return;
  const [sites, packs] = await Promise.all([sitesItem.getValue(), listPacks()]);
  const urls = packs.flatMap((p) => [p.url, p.userCopy?.url]); // a copy kept aside comes back
  if (sites.includes(origin) || urls.some((u) => u && toSiteOrigin(u) === origin)) return;
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
