// Firefox ESR applies an organisation's policies.json: Attune's managed storage comes from
// `3rdparty.Extensions["attune@attune.example"]`, its pack URL is installed locked and its site is
// listed. Firefox reads the file once at start-up from the `distribution` folder beside its binary
// (the pref browser.policies.alternatePath is honoured only in automation builds, and a system
// file in /etc/firefox/policies/ would take precedence), so the test writes it there as root and
// removes it afterwards.
import {
  accessSync,
  constants,
  existsSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainerPack } from '../unit/storage/pack-fixture';
import {
  type AttuneFirefox,
  extensionErrors,
  FIREFOX_PATH,
  launchFirefox,
  openExtensionPage,
} from './firefox';

const ADDON_ID = 'attune@attune.example';
const PACK_ID = 'org.example.policy-firefox';
const POLICY_SITE = 'https://ehr.example.org';
/** Marks the file as this test's (Firefox reads only `policies`), so a leftover can be told apart. */
const MARK = { writtenBy: 'attune tests/firefox/policy.test.ts' };

/** Where this Firefox reads policies.json: `distribution/` beside the real binary. */
function policyFile(): string | null {
  try {
    return path.join(path.dirname(realpathSync(FIREFOX_PATH)), 'distribution', 'policies.json');
  } catch {
    return null;
  }
}

/** True when `file` was written by this test (a run that was killed before cleaning up). */
function ours(file: string): boolean {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).writtenBy === MARK.writtenBy;
  } catch {
    return false;
  }
}

/** Why this machine cannot run the test, or null when it can. */
function cannotWritePolicy(file: string | null): string | null {
  if (!file) return `Firefox was not found at ${FIREFOX_PATH}`;
  if (process.getuid?.() !== 0)
    return `writing ${file} needs root (this run is uid ${process.getuid?.()})`;
  const system = ['/etc/firefox/policies/policies.json', '/etc/firefox-esr/policies/policies.json'];
  const shadowing = system.find((f) => existsSync(f));
  if (shadowing) return `${shadowing} exists and would take precedence over ${file}`;
  if (existsSync(file) && !ours(file))
    return `${file} already exists (an administrator's: left alone)`;
  try {
    accessSync(path.dirname(file), constants.W_OK);
    return null;
  } catch (e) {
    return `${path.dirname(file)} is not writable: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** A server for one policy pack. */
async function packServer(body: string) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"p1"' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/policy-pack.json`,
    close: () => new Promise((r) => server.close(r)),
  };
}

const file = policyFile();
const reason = cannotWritePolicy(file);
if (reason) console.log(`Firefox policy test skipped: ${reason}`);

describe.skipIf(reason !== null)('Firefox ESR with a policies.json', () => {
  let firefox: AttuneFirefox;
  let server: Awaited<ReturnType<typeof packServer>>;
  let packs: Page;
  const pack = `[data-testid="pack"][data-pack-id="${PACK_ID}"]`;

  beforeAll(async () => {
    server = await packServer(
      JSON.stringify({ ...trainerPack('1.0.0'), id: PACK_ID, name: 'Policy handover' }),
    );
    const managed = { packUrls: [server.url], sites: [POLICY_SITE] };
    writeFileSync(
      file as string,
      JSON.stringify({
        ...MARK,
        policies: { '3rdparty': { Extensions: { [ADDON_ID]: managed } } },
      }),
    );
    firefox = await launchFirefox();
    packs = await openExtensionPage(
      firefox.browser,
      'options.html#packs',
      '[data-testid="pack-file"]',
    );
  });

  afterAll(async () => {
    // Every Firefox on the machine reads this file at start-up: it goes before anything else.
    if (file) rmSync(file, { force: true });
    await firefox?.browser.close();
    await server?.close();
  });

  it('hands the policy to Attune as managed storage', async () => {
    expect(await packs.evaluate(() => chrome.storage.managed.get())).toEqual({
      packUrls: [server.url],
      sites: [POLICY_SITE],
    });
  });

  it('installs the policy pack locked', async () => {
    // The background installs it right after install; a fresh page shows the result.
    const page = await openExtensionPage(
      firefox.browser,
      'options.html#packs',
      `${pack} [data-testid="pack-locked"]`,
    );
    const state = await page.$eval(pack, (el) => ({
      meta: el.querySelector('[data-testid="pack-meta"]')?.textContent ?? '',
      enabled: (el.querySelector('[data-testid="pack-enabled"]') as HTMLInputElement).checked,
      toggle: (el.querySelector('[data-testid="pack-enabled"]') as HTMLInputElement).disabled,
      remove: el.querySelectorAll('[data-testid="pack-remove"]').length,
    }));
    expect(state).toEqual({
      meta: expect.stringContaining(server.url),
      enabled: true,
      toggle: true,
      remove: 0,
    });
    packs = page;
  });

  it("lists the policy's site, waiting for the user's permission", async () => {
    await packs.waitForSelector('[data-testid="policy-notice"]');
    const notice = await packs.$eval('[data-testid="policy-notice"]', (el) => el.textContent);
    expect(notice).toContain(POLICY_SITE);
  });

  it('prints no error from Attune in the browser console', () => {
    expect(extensionErrors(firefox.output())).toEqual([]);
  });
});
