// A pack URL is fetched from where it was put and within limits: no redirect followed, the body
// read only up to the size limit (counted after decompression), and a server that never
// finishes abandoned with a clear message. Each case against a real local http server.
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFromUrl } from '../../../entrypoints/background/packs';
import { LIMITS } from '../../../prompts/limits';
import { db } from '../../../storage/db';
import { download } from '../../../storage/sources/url';
import {
  gzipBomb,
  gzipText,
  packText,
  redirectsTo,
  serve,
  servesPack,
  type TestServer,
} from './url-servers';

const ID = 'org.example.ward-handover';
const servers: TestServer[] = [];
const start = async (...args: Parameters<typeof serve>) => {
  const s = await serve(...args);
  servers.push(s);
  return s;
};

beforeEach(async () => {
  await db.delete();
  await db.open();
  vi.stubEnv('MODE', 'e2e'); // plain http on 127.0.0.1, as in the e2e build
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A fetch that counts the decoded body bytes the code under test actually pulled. */
function countingFetch() {
  const counted = { bytes: 0 };
  const fetchFn: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (!res.body || res.status !== 200) return res;
    const count = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, c) {
        counted.bytes += chunk.byteLength;
        c.enqueue(chunk);
      },
    });
    return new Response(res.body.pipeThrough(count), { status: 200, headers: res.headers });
  };
  return { counted, fetchFn };
}

describe('redirects', () => {
  const cases = [
    ['to another port (as https → http would be)', (other: TestServer) => other.origin],
    ['to another host name', (other: TestServer) => `http://localhost:${other.port}`],
  ] as const;

  it.each(cases)(
    'a redirect %s is refused, nothing is installed, and the target is never contacted',
    async (_, target) => {
      const other = await start(servesPack('1.0.0'));
      const first = await start(redirectsTo(`${target(other)}/ward.json`));

      const r = await installFromUrl(`${first.origin}/ward.json`);

      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.problems[0]?.message).toBe(
        `${first.origin}/ward.json redirects to another address; Attune downloads a pack only from the address it was given and follows no redirect. Give the pack's final address`,
      );
      expect(first.requests).toEqual(['/ward.json']);
      expect(other.requests).toEqual([]);
      expect(await db.packs.get(ID)).toBeUndefined();
    },
  );

  it('a redirect within the same origin is refused too (the browser does not say where it points)', async () => {
    const server = await start((req, res) =>
      req.url === '/old.json' ? redirectsTo('/ward.json')(req, res) : servesPack('1.0.0')(req, res),
    );
    const r = await installFromUrl(`${server.origin}/old.json`);
    expect(r.ok ? '' : r.problems[0]?.message).toContain('follows no redirect');
    expect(server.requests).toEqual(['/old.json']);
    expect(await db.packs.get(ID)).toBeUndefined();
  });

  it('a pack at its own address installs under that address', async () => {
    const server = await start(servesPack('1.0.0'));
    const r = await installFromUrl(`${server.origin}/ward.json`);
    expect(r).toMatchObject({ ok: true, id: ID, version: '1.0.0' });
    expect((await db.packs.get(ID))?.url).toBe(`${server.origin}/ward.json`);
  });
});

describe('size', () => {
  it('a 50 MB body with no Content-Length is refused at the limit, and the connection closed before the server sent it all', async () => {
    const total = 50 * 1024 * 1024;
    const seen = { sent: 0, finished: false, closed: Promise.resolve() };
    const server = await start((_req, res: ServerResponse) => {
      seen.closed = new Promise((r) => res.on('close', r));
      res.writeHead(200, { 'Content-Type': 'application/json' }); // chunked: no length to check
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (seen.sent < total) {
          seen.sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
        seen.finished = true;
      };
      pump();
    });

    const got = await download(`${server.origin}/big.json`);

    expect(got).toEqual({
      status: 'error',
      message: `${server.origin}/big.json sent more than 1,048,576 bytes; a pack may be at most 1,048,576, so Attune stopped reading`,
    });
    await seen.closed;
    expect(seen.finished).toBe(false);
    expect(seen.sent).toBeLessThan(total);
  });

  it('a gzip body that inflates to 400 MB is refused once the inflated bytes pass the limit', async () => {
    const bomb = await gzipBomb(400 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(LIMITS.fileBytes); // passes any Content-Length check
    const server = await start(
      (_req, res) =>
        void res
          .writeHead(200, {
            'Content-Type': 'application/json',
            'Content-Encoding': 'gzip',
            'Content-Length': String(bomb.length),
          })
          .end(bomb),
    );
    const { counted, fetchFn } = countingFetch();

    const got = await download(`${server.origin}/bomb.json`, {}, fetchFn);

    expect(got).toMatchObject({
      status: 'error',
      message: expect.stringContaining('stopped reading'),
    });
    // What was inflated and read stays near the limit: a few decoder chunks past it at most.
    expect(counted.bytes).toBeLessThan(2 * LIMITS.fileBytes);
  });

  it('a well-behaved gzip-encoded pack is read whole', async () => {
    const body = await gzipText(packText('1.0.0'));
    const server = await start(
      (_req, res) =>
        void res
          .writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
          .end(body),
    );
    expect(await download(`${server.origin}/ward.json`)).toEqual({
      status: 'ok',
      text: packText('1.0.0'),
    });
  });
});

describe('time', () => {
  it('a server that sends headers and never finishes the body times out with a message', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"format": 1,');
    });
    expect(await download(`${server.origin}/slow.json`, {}, fetch, { timeoutMs: 300 })).toEqual({
      status: 'error',
      message: `${server.origin}/slow.json did not send the whole pack within 0.3 seconds, so Attune stopped waiting; try again later`,
    });
  });

  it('a server that never answers times out with the same message, and nothing is installed', async () => {
    const server = await start(() => undefined);
    const r = await installFromUrl(`${server.origin}/silent.json`, { timeoutMs: 300 });
    expect(r.ok ? '' : r.problems[0]?.message).toContain(
      'did not send the whole pack within 0.3 seconds',
    );
    expect(server.requests).toEqual(['/silent.json']);
    expect(await db.packs.get(ID)).toBeUndefined();
  });
});
