import { LIMITS } from '../../prompts/limits';
import { i18n, uiLocale } from '../../utils/i18n';

/** How long one download may take, headers and body together, before Attune stops waiting. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/** What a download may cost; tests shorten the wait. */
export interface DownloadOptions {
  timeoutMs?: number;
}

/** What a conditional download found. */
export type Download =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag?: string; lastModified?: string }
  | { status: 'error'; message: string };

const bytes = (n: number) => n.toLocaleString(uiLocale());
const error = (message: string): Download => ({ status: 'error', message });

/**
 * Downloads a pack from exactly `url`, sending the validators of the last download so an
 * unchanged pack costs a 304. No redirect is followed (any 3xx but 304 is refused), the decoded
 * body is read up to LIMITS.fileBytes and no further, and the whole exchange is abandoned after
 * `timeoutMs`.
 */
export async function download(
  url: string,
  last: { etag?: string; lastModified?: string } = {},
  fetchFn: typeof fetch = fetch,
  { timeoutMs = DOWNLOAD_TIMEOUT_MS }: DownloadOptions = {},
): Promise<Download> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (last.etag) headers['If-None-Match'] = last.etag;
  if (last.lastModified) headers['If-Modified-Since'] = last.lastModified;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // no-store: the validators above are ours; the HTTP cache must not answer for the server.
    // manual: a browser then hands back an opaque redirect without contacting the new address
    // (and without telling us where it points), so every redirect is refused; see docs/packs.md.
    const res = await fetchFn(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      signal: controller.signal,
    });
    if (res.status === 304) return { status: 'not-modified' };
    if (res.type === 'opaqueredirect' || res.redirected || (res.status >= 300 && res.status < 400))
      return error(i18n.t('packs.downloadRedirect', { url }));
    if (!res.ok)
      return error(
        i18n.t('packs.downloadStatus', { url, status: `${res.status} ${res.statusText}`.trim() }),
      );
    const size = Number(res.headers.get('Content-Length') ?? 0);
    if (size > LIMITS.fileBytes)
      return error(
        i18n.t('packs.downloadTooBig', { url, size: bytes(size), max: bytes(LIMITS.fileBytes) }),
      );
    const body = await readCapped(res.body, LIMITS.fileBytes);
    if (!body)
      return error(i18n.t('packs.downloadOverLimit', { url, max: bytes(LIMITS.fileBytes) }));
    const etag = res.headers.get('ETag') ?? undefined;
    const lastModified = res.headers.get('Last-Modified') ?? undefined;
    return {
      status: 'ok',
      text: new TextDecoder().decode(body),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (e) {
    if (timedOut) {
      const seconds = (timeoutMs / 1000).toLocaleString(uiLocale(), { maximumFractionDigits: 1 });
      return error(i18n.t('packs.downloadTimeout', { url, seconds }));
    }
    return error(
      i18n.t('packs.downloadFailed', { url, error: e instanceof Error ? e.message : String(e) }),
    );
  } finally {
    clearTimeout(timer);
    // Releases the connection of any answer whose body was left unread (refused or too big).
    controller.abort();
  }
}

/**
 * The body's bytes as `fetch` decoded them (after Content-Encoding, so a small gzip bomb counts
 * at its inflated size), or undefined as soon as they pass `max`: the rest is never read.
 */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not awaited: a server that stalls must not hold the refusal back.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
