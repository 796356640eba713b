// The organisation's pack addresses are fetched side by side: one stuck server (each download has
// its own time limit) holds back no other policy pack.
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { applyPolicy } from '../../../storage/sources/policy';
import { serve, servesPack, type TestServer } from './url-servers';

const NOW = Date.UTC(2025, 2, 1);
const servers: TestServer[] = [];

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

it('a policy pack at a stuck address does not hold back the next address', async () => {
  const held: ServerResponse[] = [];
  const stuck = await serve((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"format": 1,');
    held.push(res);
  });
  const ward = await serve(servesPack('1.0.0', 'org.example.b-ward'));
  servers.push(stuck, ward);

  const run = applyPolicy(
    {
      // The stuck address is listed first, as an organisation might.
      packUrls: ['https://stuck.example/a.json', 'https://ward.example/b.json'],
      packs: [],
      pinnedKeys: [],
      sites: [],
    },
    NOW,
    // Policy addresses are https; each name is served by its local server here.
    (input, init) =>
      fetch(
        String(input)
          .replace('https://stuck.example', stuck.origin)
          .replace('https://ward.example', ward.origin),
        init,
      ),
  );

  // The second pack is installed, locked, while the first server still holds its answer open.
  await expect
    .poll(async () => (await db.packs.get('org.example.b-ward'))?.locked, { timeout: 10_000 })
    .toBe(true);
  expect(held).toHaveLength(1);
  expect(held[0]?.writableEnded).toBe(false);

  held[0]?.destroy();
  const result = await run;
  expect(result.installed).toEqual(['org.example.b-ward']);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toContain('https://stuck.example/a.json');
});
