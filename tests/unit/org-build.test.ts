// The organisation build's zips (`npm run org -- docs/org.example.json`): each manifest holds
// exactly the listed origins as host permissions, the packs are inside, and Mozilla's linter
// passes the Firefox zip. Building both zips takes one to three minutes, so this file reads a
// build made beforehand: `npm test` makes it (step build:org) and sets ORG_BUILD_DIR; by hand,
//   npm run org -- docs/org.example.json --out .output/org-test
//   ORG_BUILD_DIR=.output/org-test npx vitest run tests/unit/org-build.test.ts
// Without ORG_BUILD_DIR the tests are skipped (reported as such).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const dir = process.env.ORG_BUILD_DIR;
const org = JSON.parse(readFileSync('docs/org.example.json', 'utf8')) as {
  id: string;
  sites: string[];
  packs: string[];
};
const zipOf = (browser: string) => {
  const name = readdirSync(dir ?? '.').find((f) => f.endsWith(`-${org.id}-${browser}.zip`));
  if (!name) throw new Error(`no ${browser} zip in ${dir}`);
  return path.join(dir ?? '.', name);
};
const open = async (browser: string) => JSZip.loadAsync(readFileSync(zipOf(browser)));

describe.skipIf(!dir)('the organisation build of docs/org.example.json (ORG_BUILD_DIR)', () => {
  for (const browser of ['chrome', 'firefox'])
    it(`${browser}: the manifest holds exactly the listed origins, and the packs are inside`, async () => {
      const zip = await open(browser);
      const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
      expect(manifest.host_permissions).toEqual(org.sites.map((s) => `${s}/*`));
      // Still no access anywhere else until the user turns a site on.
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      const pack = JSON.parse(readFileSync(path.join('docs', org.packs[0] ?? ''), 'utf8'));
      const shipped = JSON.parse((await zip.file('org/pack-1.json')?.async('string')) ?? '{}');
      expect(shipped).toEqual(pack);
      const background = (await zip.file('background.js')?.async('string')) ?? '';
      for (const site of org.sites) expect(background).toContain(JSON.stringify(site));
    });

  it('web-ext lint passes the Firefox zip', async () => {
    const zip = await open('firefox');
    const out = mkdtempSync(path.join(tmpdir(), 'attune-org-firefox-'));
    await Promise.all(
      Object.values(zip.files).map(async (f) => {
        if (f.dir) return;
        const target = path.join(out, f.name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, await f.async('nodebuffer'));
      }),
    );
    // Throws (with the linter's report) on any error; warnings do not fail it.
    const report = execFileSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', out, '--no-config-discovery', '--output', 'json'],
      { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, encoding: 'utf8' },
    );
    expect(JSON.parse(report).errors).toEqual([]);
  }, 240_000);
});
