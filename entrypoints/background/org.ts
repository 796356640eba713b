import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { installPack } from '../../storage/packs';
import { enableSite } from './sites';

/** An organisation build's sites and pack files (wxt.config.ts, `npm run org`); null in others. */
declare const __ATTUNE_ORG__: { sites: string[]; packs: string[] } | null | undefined;

/** The organisation's sites already turned on once: a site the user turns off stays off. */
const presetItem = storage.defineItem<string[]>('local:org-sites-preset', { fallback: [] });

/** The organisation this build was made for, if any. */
export const ORG = typeof __ATTUNE_ORG__ === 'undefined' ? null : __ATTUNE_ORG__;

/**
 * Installs an organisation build's packs (locked, as the policy's are: the same version again
 * changes nothing) and turns on its sites once each, whose host permissions the manifest
 * already holds, so a managed install needs no click. Returns the packs' ids, which the policy must keep, and what
 * failed.
 */
export async function applyOrg(
  read: typeof fetch = fetch,
): Promise<{ ids: string[]; errors: string[] }> {
  const out = { ids: [] as string[], errors: [] as string[] };
  if (!ORG) return out;
  for (const file of ORG.packs) {
    // The extension's own file: no network request.
    const text = await (await read(browser.runtime.getURL(file as '/'))).text();
    const r = await installPack(text, 'policy', { locked: true });
    if (r.ok) out.ids.push(r.pack.id);
    else out.errors.push(...r.problems.map((p) => `${file}: ${p.path || '/'}: ${p.message}`));
  }
  const preset = await presetItem.getValue();
  for (const site of ORG.sites.filter((s) => !preset.includes(s))) {
    const r = await enableSite(site);
    if (r.ok) await presetItem.setValue([...(await presetItem.getValue()), site]);
    else out.errors.push(`${site}: ${r.error}`);
  }
  return out;
}
