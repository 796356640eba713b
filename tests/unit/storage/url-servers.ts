// Local http servers for the URL-pack tests: each records what it was asked for, so a test can
// show that an address was never contacted, and closes every connection it still holds.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip, gzip } from 'node:zlib';
import { trainerPack } from './pack-fixture';

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an ephemeral port. */
export function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    }),
  );
}

/** A valid pack document at `version`, as served text. */
export const packText = (version: string, id = 'org.example.ward-handover') =>
  JSON.stringify({ ...trainerPack(version), id });

/** Answers every request with the pack `id` at `version`. */
export const servesPack =
  (version: string, id?: string) => (_req: IncomingMessage, res: ServerResponse) =>
    void res.writeHead(200, { 'Content-Type': 'application/json' }).end(packText(version, id));

/** Answers every request with a redirect to `location`. */
export const redirectsTo = (location: string) => (_req: IncomingMessage, res: ServerResponse) =>
  void res.writeHead(302, { Location: location }).end();

/**
 * `size` zero bytes, gzip-compressed without ever holding them uncompressed (deflate is fed one
 * megabyte at a time): a small body that inflates far past any limit.
 */
export async function gzipBomb(size: number): Promise<Buffer> {
  const z = createGzip({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((r) => z.on('end', r));
  const mb = Buffer.alloc(1024 * 1024);
  for (let sent = 0; sent < size; sent += mb.length)
    if (!z.write(mb)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return Buffer.concat(out);
}

/** Gzips small text (for the well-behaved compressed answer). */
export const gzipText = (text: string) =>
  new Promise<Buffer>((resolve, reject) => gzip(text, (e, b) => (e ? reject(e) : resolve(b))));
