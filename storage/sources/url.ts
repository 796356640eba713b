import { LIMITS } from '../../prompts/limits';
import type { StoredPack } from '../db';
import { readDocument } from '../pack-install';
import { installPack, markChecked } from '../packs';
import type { PackSourceModule, RefreshOutcome } from './types';

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
    return `"${input}" is not a web address`;
  }
  if (url.username || url.password) return 'A pack URL must not carry a user name or password';
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && allowLocalHttp && LOCAL_HOSTS.has(url.hostname)) return url;
  return 'A pack URL must start with https://';
}

/** Whether plain-http local URLs are allowed: in the e2e build only. */
export const allowLocalHttp = () => import.meta.env.MODE === 'e2e';

/** What a conditional download found. */
export type Download =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag?: string; lastModified?: string }
  | { status: 'error'; message: string };

/** Downloads a pack, sending the validators of the last download so an unchanged pack costs a 304. */
export async function download(
  url: string,
  last: { etag?: string; lastModified?: string } = {},
  fetchFn: typeof fetch = fetch,
): Promise<Download> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (last.etag) headers['If-None-Match'] = last.etag;
  if (last.lastModified) headers['If-Modified-Since'] = last.lastModified;
  try {
    // no-store: the validators above are ours; the HTTP cache must not answer for the server.
    const res = await fetchFn(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    if (res.status === 304) return { status: 'not-modified' };
    if (!res.ok)
      return { status: 'error', message: `${url} answered ${res.status} ${res.statusText}`.trim() };
    const size = Number(res.headers.get('Content-Length') ?? 0);
    if (size > LIMITS.fileBytes)
      return {
        status: 'error',
        message: `${url} is ${size} bytes; a pack may be at most ${LIMITS.fileBytes}`,
      };
    const etag = res.headers.get('ETag') ?? undefined;
    const lastModified = res.headers.get('Last-Modified') ?? undefined;
    return {
      status: 'ok',
      text: await res.text(),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (e) {
    return {
      status: 'error',
      message: `${url} could not be downloaded: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** Checks an installed URL pack for a new version and installs it; a 304 keeps the pack. */
export async function refreshFromUrl(
  pack: StoredPack,
  now: number,
  fetchFn: typeof fetch = fetch,
): Promise<RefreshOutcome> {
  if (!pack.url) return { status: 'error', message: 'no URL' };
  const got = await download(pack.url, pack, fetchFn);
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
    const message = `${pack.url} now serves ${String(servedId)}, not ${pack.id}; install it separately`;
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
  describe: (p) => `From ${p.url ?? 'a URL'}`,
  refresh: (p, now) => refreshFromUrl(p, now),
};
