import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { db } from '../../storage/db';
import { installPack, removePack } from '../../storage/packs';
import { enableSite } from './sites';

/** An organisation build's sites and pack files (wxt.config.ts, `npm run org`); null in others. */
declare const __ATTUNE_ORG__: { sites: string[]; packs: string[] } | null | undefined;

/** The organisation's sites already turned on once: a site the user turns off stays off. */
const presetItem = storage.defineItem<string[]>('local:org-sites-preset', { fallback: [] });

/**
 * The packs the organisation build installed at its last start: one a later build no longer
 * bundles is taken away at start, as the policy takes away a pack it stops listing.
 */
const bundledItem = storage.defineItem<string[]>('local:org-packs', { fallback: [] });

/** The organisation this build was made for, if any. */
export const ORG = typeof __ATTUNE_ORG__ === 'undefined' ? null : __ATTUNE_ORG__;

/**
 * Installs an organisation build's packs (locked, as the policy's are: the same version again
 * changes nothing) and turns on its sites once each, whose host permissions the manifest
 * already holds, so a managed install needs no click; takes away the packs an earlier organisation
 * build installed that this one no longer bundles. Returns the packs' ids, which the policy must
 * keep, and what failed.
 */
export async function applyOrg(
  read: typeof fetch = fetch,
): Promise<{ ids: string[]; errors: string[] }> {
  const out = { ids: [] as string[], errors: [] as string[] };
  if (!ORG) {
    await dropUnbundled([], out.errors); // a build without an organisation bundles none
    return out;
  }
  for (const file of ORG.packs) {
    // The extension's own file: no network request.
    const text = await (await read(browser.runtime.getURL(file as '/'))).text();
    const r = await installPack(text, 'policy', { locked: true });
    if (r.ok) out.ids.push(r.pack.id);
    else out.errors.push(...r.problems.map((p) => `${file}: ${p.path || '/'}: ${p.message}`));
  }
  // Only when every bundled pack installed: a pack that failed to read keeps what it replaced.
  if (out.errors.length === 0) await dropUnbundled(out.ids, out.errors);
  const preset = await presetItem.getValue();
  for (const site of ORG.sites.filter((s) => !preset.includes(s))) {
    const r = await enableSite(site);
    if (r.ok) await presetItem.setValue([...(await presetItem.getValue()), site]);
    else out.errors.push(`${site}: ${r.error}`);
  }
  return out;
}

/**
 * Removes the packs an earlier organisation build installed that this one does not bundle. Only
 * packs still installed as the organisation's (locked): the user's own pack of that id comes back
 * as it was (storage/packs.ts keeps it aside), and the user's journal entries are never touched.
 */
async function dropUnbundled(bundled: readonly string[], errors: string[]): Promise<void> {
  const before = await bundledItem.getValue();
  for (const id of before.filter((b) => !bundled.includes(b))) {
    const row = await db.packs.get(id);
    if (row?.source !== 'policy' || !row.locked) continue;
    const r = await removePack(id, { byPolicy: true });
    if (!r.ok) errors.push(`${id}: ${r.error}`);
  }
  if (before.join('\n') !== bundled.join('\n')) await bundledItem.setValue([...bundled]);
}
