// The daily refresh of URL packs: each pack is checked on its own, so one stuck server holds back
// no other, and any failure keeps the last good version (with the reason recorded).
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { handleAlarm } from '../../../entrypoints/background/packs';
import { db } from '../../../storage/db';
import { installPack, listPacks } from '../../../storage/packs';
import { refreshAll } from '../../../storage/sources';
import { packText, redirectsTo, serve, servesPack, type TestServer } from './url-servers';

const NOW = Date.UTC(2025, 2, 1);
const servers: TestServer[] = [];
const start = async (...args: Parameters<typeof serve>) => {
  const s = await serve(...args);
  servers.push(s);
  return s;
};

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Installs version 1.0.0 of pack `id` as if it had been downloaded from `url`. */
async function installed(id: string, url: string) {
  const r = await installPack(packText('1.0.0', id), 'url', { url, now: NOW - 1 });
  expect(r.ok).toBe(true);
}

/** A server that starts an answer and never finishes it until the test says so. */
async function stuckServer() {
  const held: ServerResponse[] = [];
  const server = await start((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"format": 1,');
    held.push(res);
  });
  return { server, held };
}

const versions = async () => Object.fromEntries((await listPacks()).map((p) => [p.id, p.version]));

it('one stuck server holds back no other pack: the others update while it still hangs', async () => {
  const { server: stuck, held } = await stuckServer();
  const b = await start(servesPack('2.0.0', 'org.example.b-ward'));
  const c = await start(servesPack('2.0.0', 'org.example.c-ward'));
  // The stuck pack comes first, as the first pack listed would.
  await installed('org.example.a-stuck', `${stuck.origin}/a.json`);
  await installed('org.example.b-ward', `${b.origin}/b.json`);
  await installed('org.example.c-ward', `${c.origin}/c.json`);

  const run = refreshAll(await listPacks(), NOW, { timeoutMs: 60_000 });

  await expect.poll(versions, { timeout: 10_000 }).toEqual({
    'org.example.a-stuck': '1.0.0',
    'org.example.b-ward': '2.0.0',
    'org.example.c-ward': '2.0.0',
  });
  expect(held).toHaveLength(1);
  expect(held[0]?.writableEnded).toBe(false); // still hanging while the others were updated

  held[0]?.destroy(); // the stuck server finally drops the connection
  const outcomes = await run;
  expect(outcomes['org.example.b-ward']).toEqual({ status: 'updated', version: '2.0.0' });
  expect(outcomes['org.example.c-ward']).toEqual({ status: 'updated', version: '2.0.0' });
  expect(outcomes['org.example.a-stuck']?.status).toBe('error');
  const kept = await db.packs.get('org.example.a-stuck');
  expect(kept?.version).toBe('1.0.0');
  expect(kept?.lastError).toContain(`${stuck.origin}/a.json could not be downloaded`);
});

it('a refresh that times out keeps the last good version and says why', async () => {
  const { server: stuck } = await stuckServer();
  await installed('org.example.a-stuck', `${stuck.origin}/a.json`);

  const outcomes = await refreshAll(await listPacks(), NOW, { timeoutMs: 300 });

  const message = `${stuck.origin}/a.json did not send the whole pack within 0.3 seconds, so Attune stopped waiting; try again later`;
  expect(outcomes['org.example.a-stuck']).toEqual({ status: 'error', message });
  expect(await db.packs.get('org.example.a-stuck')).toMatchObject({
    version: '1.0.0',
    lastError: message,
    lastChecked: NOW,
  });
});

it("a policy URL pack's refresh keeps to the caller's time limit too", async () => {
  const { server: stuck } = await stuckServer();
  const url = `${stuck.origin}/p.json`;
  const r = await installPack(packText('1.0.0', 'org.example.p-policy'), 'policy', {
    url,
    locked: true,
    now: NOW - 1,
  });
  expect(r.ok).toBe(true);

  const outcomes = await refreshAll(await listPacks(), NOW, { timeoutMs: 300 });

  expect(outcomes['org.example.p-policy']).toEqual({
    status: 'error',
    message: `${url} did not send the whole pack within 0.3 seconds, so Attune stopped waiting; try again later`,
  });
  expect((await db.packs.get('org.example.p-policy'))?.version).toBe('1.0.0');
});

it('a pack whose address now redirects to another origin keeps its version and address, and the other origin is never contacted', async () => {
  const other = await start(servesPack('2.0.0'));
  const first = await start(redirectsTo(`${other.origin}/ward.json`));
  await installed('org.example.ward-handover', `${first.origin}/ward.json`);

  const outcomes = await refreshAll(await listPacks(), NOW);

  expect(outcomes['org.example.ward-handover']?.status).toBe('error');
  expect(await db.packs.get('org.example.ward-handover')).toMatchObject({
    version: '1.0.0',
    url: `${first.origin}/ward.json`,
    lastError: expect.stringContaining('follows no redirect'),
  });
  expect(other.requests).toEqual([]);
});

it('the daily alarm refreshes URL packs', async () => {
  const server = await start(servesPack('2.0.0'));
  await installed('org.example.ward-handover', `${server.origin}/ward.json`);
  await handleAlarm({ name: 'attune-pack-refresh' });
  expect((await db.packs.get('org.example.ward-handover'))?.version).toBe('2.0.0');
});
