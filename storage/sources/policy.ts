import { storage } from 'wxt/utils/storage';
import type { StoredPack } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { db } from '../db';
import { installPack, removePack } from '../packs';
import { setPolicyKeys } from '../pinned-keys';
import type { PackSourceModule } from './types';
import { download, parsePackUrl, refreshFromUrl } from './url';

/** The organisation's policy, as public/managed_schema.json describes it. */
export interface PackPolicy {
  packUrls: string[];
  packs: unknown[];
  pinnedKeys: { packId: string; publicKey: string }[];
  sites: string[];
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

/** Policies read from a managed storage that set none of the policy's keys (see applyPolicy). */
const unset = new WeakSet<PackPolicy>();
const POLICY_KEYS = ['packUrls', 'packs', 'pinnedKeys', 'sites'];

/** Reads the policy from managed storage values, dropping anything of the wrong shape. */
export function readPolicy(managed: Record<string, unknown>): PackPolicy {
  const policy = readKeys(managed);
  if (!POLICY_KEYS.some((k) => k in managed)) unset.add(policy);
  return policy;
}

function readKeys(managed: Record<string, unknown>): PackPolicy {
  const pins = Array.isArray(managed.pinnedKeys) ? managed.pinnedKeys : [];
  return {
    packUrls: strings(managed.packUrls),
    // Chrome's policy editor can only hand over strings for free-form JSON, so accept both.
    packs: Array.isArray(managed.packs) ? managed.packs : [],
    pinnedKeys: pins.filter(
      (k): k is { packId: string; publicKey: string } =>
        typeof k?.packId === 'string' && typeof k?.publicKey === 'string',
    ),
    sites: strings(managed.sites),
  };
}

/** What applying a policy did, for the options page and the tests. */
export interface PolicyResult {
  installed: string[];
  removed: string[];
  errors: string[];
}

/**
 * Whether the last policy read set none of the policy's keys. Chrome can hand an empty managed
 * storage to a worker that starts before the policy is loaded; that read would take away every
 * policy pack and pin. An administrator who withdraws the packs on purpose lists them empty.
 */
const emptyReadItem = storage.defineItem<boolean>('local:policy-empty-read', { fallback: false });

/**
 * Makes the installed policy packs match the policy: pins its keys, installs its inline and URL
 * packs locked, and removes the policy packs it no longer lists. Sites are the caller's job.
 * A policy with none of its keys set is trusted only when read twice in a row (the policy may not be loaded yet);
 * a URL pack is removed only in a round where every policy address answered.
 */
export async function applyPolicy(
  policy: PackPolicy,
  now = Date.now(),
  fetchFn: typeof fetch = fetch,
  /** Policy packs the policy does not list but must keep (an organisation build's own). */
  keepIds: readonly string[] = [],
): Promise<PolicyResult> {
  const result: PolicyResult = { installed: [], removed: [], errors: [] };
  const emptyBefore = await emptyReadItem.getValue();
  await emptyReadItem.setValue(unset.has(policy));
  if (unset.has(policy) && !emptyBefore) return result;
  await setPolicyKeys(policy.pinnedKeys);
  const keep = new Set<string>(keepIds);
  const installed = await db.packs.where('source').equals('policy').toArray();
  for (const [i, pack] of policy.packs.entries()) {
    const r = await installPack(pack, 'policy', { now, locked: true });
    if (r.ok) {
      keep.add(r.pack.id);
      result.installed.push(r.pack.id);
    } else
      result.errors.push(
        ...r.problems.map(
          (p) =>
            `${i18n.t('packs.policyPackN', { n: i + 1 })}: ${p.path || '(root)'}: ${p.message}`,
        ),
      );
  }
  // Every address at once: one stuck server (each download has its own time limit) holds back
  // no other policy pack.
  const outcomes = await Promise.all(
    policy.packUrls.map(
      async (address): Promise<{ id?: string; fresh?: boolean; error?: string }> => {
        const url = parsePackUrl(address, import.meta.env.MODE === 'e2e');
        if (typeof url === 'string') return { error: `${address}: ${url}` };
        const known = installed.find((p) => p.url === url.href);
        if (known) {
          // A failed download keeps the last good version.
          const outcome = await refreshFromUrl(known, now, fetchFn);
          return {
            id: known.id,
            ...(outcome.status === 'error' ? { error: outcome.message } : {}),
          };
        }
        const outcome = await firstDownload(url.href, now, fetchFn);
        return outcome.ok ? { id: outcome.id, fresh: true } : { error: outcome.message };
      },
    ),
  );
  for (const { id, fresh, error } of outcomes) {
    if (id) keep.add(id);
    if (id && fresh) result.installed.push(id);
    if (error) result.errors.push(error);
  }
  // A policy address that failed may be the new home of a URL pack installed from another one
  // (or from the same one, unparsable this round): the last good version stays until one answers.
  const urlFailed = outcomes.some((o) => o.error !== undefined && o.id === undefined);
  for (const p of installed) {
    if (keep.has(p.id) || (urlFailed && p.url !== undefined)) continue;
    await removePack(p.id, { byPolicy: true });
    result.removed.push(p.id);
  }
  return result;
}

async function firstDownload(
  url: string,
  now: number,
  fetchFn: typeof fetch,
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const got = await download(url, {}, fetchFn);
  if (got.status !== 'ok')
    return {
      ok: false,
      message: got.status === 'error' ? got.message : i18n.t('packs.noContent', { url }),
    };
  const r = await installPack(got.text, 'policy', {
    now,
    url,
    etag: got.etag,
    lastModified: got.lastModified,
    locked: true,
  });
  if (r.ok) return { ok: true, id: r.pack.id };
  return {
    ok: false,
    message: r.problems.map((p) => `${url}: ${p.path || '(root)'}: ${p.message}`).join('\n'),
  };
}

/** A pack required by the organisation's browser policy: locked, refreshed like a URL pack. */
export const policySource: PackSourceModule = {
  kind: 'policy',
  describe: (p: StoredPack) =>
    p.url ? i18n.t('packs.sourcePolicyUrl', { url: p.url }) : i18n.t('packs.sourcePolicy'),
  refresh: (p, now, options) =>
    p.url ? refreshFromUrl(p, now, fetch, options) : Promise.resolve({ status: 'unchanged' }),
};
