import type { PackSource, StoredPack } from '../../utils/domain';

/** What one update check of an installed pack found. */
export type RefreshOutcome =
  | { status: 'not-modified' }
  | { status: 'updated'; version: string }
  | { status: 'unchanged' }
  | { status: 'error'; message: string };

/**
 * One way packs arrive (file, URL, policy). The core knows nothing about any single source: it
 * asks the source in `SOURCES` (storage/sources/index.ts) to describe or refresh a pack.
 */
export interface PackSourceModule {
  kind: Exclude<PackSource, 'builtin'>;
  /** How the options page says where a pack came from. */
  describe(pack: StoredPack): string;
  /** Checks for a newer version, when this source can (a file cannot). */
  refresh?(pack: StoredPack, now: number): Promise<RefreshOutcome>;
}
