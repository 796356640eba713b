import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Folder served by default: the synthetic clinical site used by e2e tests and benches. */
export const FIXTURE_ROOT = fileURLToPath(new URL('../tests/fixtures/site/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Options for startFixtureServer; port 0 picks a free port. */
export interface FixtureServerOptions {
  port?: number;
  host?: string;
  root?: string;
}

/** A running fixture server. */
export interface FixtureServer {
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

/** Maps a raw request URL to a file under root, or null if it could escape root. */
function toFile(root: string, rawUrl: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(rawUrl.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file.startsWith(root + sep) ? file : null;
}

/** Starts a static, no-store server for the fixture site (or another root). */
export function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(opts.root ?? FIXTURE_ROOT);
  const host = opts.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain', 'Method not allowed');
    const file = toFile(root, req.url ?? '/');
    if (!file) return send(403, 'text/plain', 'Forbidden');
    const body = await readFile(file).catch(() => null); // missing or a directory
    if (!body) return send(404, 'text/plain', 'Not found');
    send(200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
      done({ url, port, host, close });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
  const server = await startFixtureServer({ port: Number(values.port ?? 5173), host: values.host });
  console.log(`Serving ${FIXTURE_ROOT} at ${server.url} (Ctrl+C to stop)`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
}
