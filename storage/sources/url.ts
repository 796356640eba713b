import type { StoredPack } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { readDocument } from '../pack-install';
import { installPack, markChecked } from '../packs';
import type { PackSourceModule, RefreshOutcome } from './types';
import { type DownloadOptions, download } from './url-download';

export {
  DOWNLOAD_TIMEOUT_MS,
  type Download,
  type DownloadOptions,
  download,
} from './url-download';

/** How often URL packs are checked for a new version. */
export const REFRESH_MINUTES = 24 * 60;

/** Local test servers are plain http; only the e2e build accepts them (see docs/packs.md). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The pack URL as a URL, or why it cannot be used. https only, except local hosts under e2e. */
export function parsePackUrl(input: string, allowLocalHttp: boolean): URL | string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return i18n.t('packs.urlNotAddress', { input });
  }
  if (url.username || url.password) return i18n.t('packs.urlCredentials');
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && allowLocalHttp && LOCAL_HOSTS.has(url.hostname)) return url;
  return i18n.t('packs.urlHttps');
}

/** Whether plain-http local URLs are allowed: in the e2e build only. */
export const allowLocalHttp = () => import.meta.env.MODE === 'e2e';

/**
 * Checks an installed URL pack for a new version and installs it; a 304 keeps the pack, and so
 * does any failure (recorded as the pack's last error): the last good version stays in use.
 */
export async function refreshFromUrl(
  pack: StoredPack,
  now: number,
  fetchFn: typeof fetch = fetch,
  options: DownloadOptions = {},
): Promise<RefreshOutcome> {
  if (!pack.url) return { status: 'error', message: i18n.t('packs.noUrl') };
  const got = await download(pack.url, pack, fetchFn, options);
  if (got.status === 'not-modified') {
    await markChecked(pack.id, { now });
    return got;
  }
  if (got.status === 'error') {
    await markChecked(pack.id, { now, error: got.message });
    return got;
  }
  const servedId = readDocument(got.text)?.id;
  if (servedId !== undefined && servedId !== pack.id) {
    const message = i18n.t('packs.servesOther', {
      url: pack.url,
      served: String(servedId),
      id: pack.id,
    });
    await markChecked(pack.id, { now, error: message });
    return { status: 'error', message };
  }
  const r = await installPack(got.text, pack.source === 'policy' ? 'policy' : 'url', {
    now,
    url: pack.url,
    etag: got.etag,
    lastModified: got.lastModified,
    locked: pack.locked,
  });
  if (r.ok)
    return r.status === 'updated'
      ? { status: 'updated', version: r.pack.version }
      : { status: 'unchanged' };
  const message = r.problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; ');
  await markChecked(pack.id, { now, error: message });
  return { status: 'error', message };
}

/** A pack downloaded from an https address, checked daily. */
export const urlSource: PackSourceModule = {
  kind: 'url',
  describe: (p) =>
    p.url ? i18n.t('packs.sourceUrl', { url: p.url }) : i18n.t('packs.sourceUrlUnknown'),
  refresh: (p, now, options) => refreshFromUrl(p, now, fetch, options),
};
