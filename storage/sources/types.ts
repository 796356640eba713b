import type { PackSource, StoredPack } from '../../utils/domain';
import type { DownloadOptions } from './url-download';

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
  /**
   * Checks for a newer version, when this source can (a file cannot). Never installs anything
   * but a good new version: on any failure the pack stays as it was.
   */
  refresh?(pack: StoredPack, now: number, options?: DownloadOptions): Promise<RefreshOutcome>;
}
