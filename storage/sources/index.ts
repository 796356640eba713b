import type { StoredPack } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { fileSource } from './file';
import { policySource } from './policy';
import type { PackSourceModule, RefreshOutcome } from './types';
import { urlSource } from './url';

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

/** Checks every pack whose source can update for a new version, one after another. */
export async function refreshAll(
  packs: readonly StoredPack[],
  now = Date.now(),
): Promise<Record<string, RefreshOutcome>> {
  const out: Record<string, RefreshOutcome> = {};
  for (const pack of packs) {
    const source = pack.source === 'builtin' ? undefined : SOURCES[pack.source];
    if (source?.refresh && pack.url) out[pack.id] = await source.refresh(pack, now);
  }
  return out;
}
