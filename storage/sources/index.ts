import type { StoredPack } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { markChecked } from '../packs';
import { fileSource } from './file';
import { policySource } from './policy';
import type { PackSourceModule, RefreshOutcome } from './types';
import { urlSource } from './url';
import type { DownloadOptions } from './url-download';

export type { PackSourceModule, RefreshOutcome } from './types';

/** Every pack source, by kind. A new source is one module here and nothing else in the core. */
export const SOURCES: Record<PackSourceModule['kind'], PackSourceModule> = {
  file: fileSource,
  url: urlSource,
  policy: policySource,
};

/** Where a pack came from, in words. */
export function describeSource(pack: StoredPack): string {
  return pack.source === 'builtin'
    ? i18n.t('packs.sourceBuiltin')
    : SOURCES[pack.source].describe(pack);
}

/**
 * Checks every pack whose source can update for a new version, all at once: each download has
 * its own time limit, so a stuck server holds back no other pack, and a pack whose check fails
 * keeps its last good version.
 */
export async function refreshAll(
  packs: readonly StoredPack[],
  now = Date.now(),
  options: DownloadOptions = {},
): Promise<Record<string, RefreshOutcome>> {
  const jobs = packs.flatMap((pack) => {
    const source = pack.source === 'builtin' ? undefined : SOURCES[pack.source];
    return source?.refresh && pack.url ? [{ pack, source }] : [];
  });
  const settled = await Promise.allSettled(
    jobs.map(
      async ({ pack, source }): Promise<RefreshOutcome> =>
        (await source.refresh?.(pack, now, options)) ?? { status: 'unchanged' },
    ),
  );
  // Keyed by pack ids, which are data: no prototype for an id such as __proto__ to reach.
  const out: Record<string, RefreshOutcome> = Object.create(null);
  for (const [i, result] of settled.entries()) {
    const { pack } = jobs[i] as (typeof jobs)[number];
    if (result.status === 'fulfilled') out[pack.id] = result.value;
    else out[pack.id] = await failed(pack, now, result.reason);
  }
  return out;
}

/** A check that threw (the database, not the server): said, recorded if possible, pack kept. */
async function failed(pack: StoredPack, now: number, reason: unknown): Promise<RefreshOutcome> {
  const message = i18n.t('packs.downloadFailed', {
    url: pack.url ?? pack.id,
    error: reason instanceof Error ? reason.message : String(reason),
  });
  await markChecked(pack.id, { now, error: message }).catch(() => undefined);
  return { status: 'error', message };
}
