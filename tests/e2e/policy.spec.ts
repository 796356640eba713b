import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { trainerPack } from '../unit/storage/pack-fixture';
import { expect, launchWithExtension, test } from './fixtures';
import { EXTENSION_DIR, extensionReady } from './launch';
import { OptionsPage } from './pages/options';
import { OverlayPage } from './pages/overlay';
import { PacksPage } from './pages/packs';

/** Where Debian's Chromium reads mandatory policy on Linux (every Chromium on this machine). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const URL_PACK_ID = 'org.example.policy-url';
const INLINE_ID = 'org.example.ward-handover';

/** Why this machine cannot run the test, or null when it can. */
function cannotWritePolicy(): string | null {
  if (process.getuid?.() !== 0)
    return `writing ${POLICY_DIR} needs root (this run is uid ${process.getuid?.()})`;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (e) {
    return `${POLICY_DIR} is not writable: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, 32 hex digits as a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** A server for one policy pack, with the CORS headers docs/distribution.md asks of pack servers. */
async function packServer(body: string) {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        ETag: '"p1"',
      })
      .end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/policy-pack.json`,
    close: () =>
      new Promise((r) => {
        server.close(r);
        server.closeAllConnections(); // the browser's keep-alive would hold close() open
      }),
  };
}

const reason = cannotWritePolicy();

// One after the other, never side by side: Chromium merges the managed folder's files by policy
// name, so two tests' files each setting `3rdparty` would have one hide the other.
test.describe.configure({ mode: 'default' });

/** The policy file this test wrote, which must not outlive it (it reaches every Chromium here). */
let policyFile: string | undefined;
/** What else the test must undo, newest first. */
const cleanups: (() => unknown)[] = [];

/**
 * A copy of the build in a folder of its own, and a writer of its managed policy. 3rdparty policy
 * is keyed by extension id, and an unpacked extension's id is its path's: a copy gets an id no
 * other test run shares, so its policy reaches no other browser on the machine.
 */
function isolatedCopy() {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'attune-policy-')));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const extensionDir = path.join(base, 'ext');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const id = unpackedExtensionId(extensionDir);
  const file = path.join(POLICY_DIR, `attune-e2e-${id}.json`);
  policyFile = file;
  const writePolicy = (managed: Record<string, unknown>) =>
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: managed } } }));
  return { extensionDir, id, writePolicy };
}
// afterEach runs even when the test times out, unlike the rest of the test body.
test.afterEach(async () => {
  if (policyFile) rmSync(policyFile, { force: true });
  policyFile = undefined;
  for (const undo of cleanups.splice(0).reverse()) await undo();
});

test('Chromium applies a managed policy file: pack installed and locked, sites listed, the user’s copy kept aside', async ({
  profileDir,
  allowRequests,
}) => {
  if (reason) console.log(`policy.spec skipped: ${reason}`);
  test.skip(reason !== null, reason ?? '');
  // Chromium re-reads the policy folder some seconds after a change, and the test waits for it.
  test.setTimeout(180_000);

  const { extensionDir, id, writePolicy } = isolatedCopy();

  const server = await packServer(
    JSON.stringify({ ...trainerPack('1.0.0'), id: URL_PACK_ID, name: 'Policy handover' }),
  );
  cleanups.push(server.close);
  allowRequests(server.url); // the policy's pack download, the only request Attune may make
  const policy = { packUrls: [server.url], sites: ['https://ehr.example.org'] };
  writePolicy(policy);
  const context = await launchWithExtension(profileDir, { extensionDir });
  cleanups.push(() => context.close());
  expect(await extensionReady(context)).toBe(id);
  const packs = await PacksPage.open(await context.newPage(), id);
  // chrome://policy's view from inside: what the browser hands the extension, read from an
  // extension page. Each read is bounded: once, in a full run, a read from the service worker
  // never answered and held the test to its time limit.
  await expect
    .poll(
      () =>
        packs.page.evaluate(() =>
          Promise.race([
            chrome.storage.managed.get(),
            new Promise((r) => setTimeout(() => r('no answer within 5 s'), 5000)),
          ]),
        ),
      { timeout: 60_000 },
    )
    .toEqual(policy);
  // The background installs the policy's pack once it has read the policy; the section follows
  // the packs as they are installed, with no reload.
  await expect(packs.pack(URL_PACK_ID)).toHaveCount(1, { timeout: 60_000 });
  const pack = packs.pack(URL_PACK_ID);
  await expect(pack.getByTestId('pack-meta')).toContainText(
    `Your organisation's policy (${server.url})`,
  );
  await expect(pack.getByTestId('pack-locked')).toBeVisible();
  await expect(pack.getByTestId('pack-enabled')).toBeChecked();
  await expect(pack.getByTestId('pack-enabled')).toBeDisabled();
  await expect(pack.getByTestId('pack-remove')).toHaveCount(0);
  // A policy cannot grant a host permission: the site waits for the user's Allow.
  await expect(packs.page.getByTestId('policy-notice')).toContainText('https://ehr.example.org');

  // The user has a pack of their own, and takes a policy site off the list.
  await packs.installFile('mine.json', JSON.stringify(trainerPack('5.0.0')));
  await expect(packs.pack(INLINE_ID)).toHaveAttribute('data-version', '5.0.0');
  const sitesPage = await OptionsPage.open(context, id, 'sites');
  const sites = sitesPage.page.getByTestId('site');
  await sites.filter({ hasText: 'http://localhost' }).getByRole('button').click();
  await expect(sites.filter({ hasText: 'http://localhost' })).toHaveCount(0);

  // The administrator changes the policy while the browser runs (Chromium re-reads the folder
  // within seconds): the new site is listed again and the inline pack replaces the user's own.
  writePolicy({
    ...policy,
    packs: [JSON.stringify(trainerPack('1.0.0'))],
    sites: [...policy.sites, 'http://localhost'],
  });
  await expect(sites.filter({ hasText: 'http://localhost' })).toHaveCount(1, { timeout: 30_000 });
  // Options › Packs, open all along, shows the policy's pack in place of the user's: no reload.
  const inline = packs.pack(INLINE_ID);
  await expect(inline).toHaveAttribute('data-version', '1.0.0', { timeout: 30_000 });
  await expect(inline.getByTestId('pack-locked')).toBeVisible();
  await expect(inline.getByTestId('pack-user-copy')).toContainText('version 5.0.0');
  await expect(inline.getByTestId('pack-user-copy')).toContainText('Installed from a file');
  const { violations } = await new AxeBuilder({ page: packs.page })
    .include('section[aria-labelledby="packs-h"]')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('a policy that switches the built-in packs off leaves only the policy pack’s prompts', async ({
  profileDir,
  site,
}) => {
  if (reason) console.log(`policy.spec skipped: ${reason}`);
  test.skip(reason !== null, reason ?? '');
  test.setTimeout(120_000);
  const { extensionDir, id, writePolicy } = isolatedCopy();
  // The trainer's pack's "family-meeting" moment, on a page the built-ins match too.
  const pack = readFileSync('tests/fixtures/packs/precedence-pack.json', 'utf8');
  writePolicy({ builtinPacks: 'off', packs: [pack] });
  const context = await launchWithExtension(profileDir, { extensionDir });
  cleanups.push(() => context.close());
  expect(await extensionReady(context)).toBe(id);

  // Options › Packs lists the policy's pack (the section follows the packs the background
  // installs, no reload), and the built-ins as switched off by the policy.
  const packs = await PacksPage.open(await context.newPage(), id);
  await expect(packs.pack('org.example.palliative-education')).toHaveCount(1, { timeout: 60_000 });
  const builtin = packs.pack('org.attune.core-empathy');
  await expect(builtin.getByTestId('pack-policy-off')).toBeVisible();
  await expect(builtin.getByTestId('pack-enabled')).not.toBeChecked();
  await expect(builtin.getByTestId('pack-enabled')).toBeDisabled();

  // Titled "Palliative care" (a built-in serious-news keyword), headed "Family meeting".
  const overlay = await OverlayPage.open(context, `${site}/palliative-care.html`);
  await expect(overlay.card).toHaveAttribute('data-prompt', /^family-meeting-(open|worry)$/);
  // The watcher had the policy pack's triggers only: it reported its moment and no built-in one.
  const matched = await packs.page.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    const key = `tab-${tab?.id}`;
    return ((await chrome.storage.session.get(key))[key] as { matched?: string[] })?.matched;
  }, overlay.page.url());
  expect(matched).toEqual(['family-meeting']);

  // Practice offers the policy pack's scripts only: no built-in one to rehearse.
  const practice = await OptionsPage.open(context, id, 'practice');
  await expect(practice.page.getByTestId('practice-script').locator('option')).toHaveText([
    /.+/,
    /.+/,
  ]);
  expect(
    await practice.page
      .getByTestId('practice-script')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual(['family-meeting-open', 'family-meeting-worry']);
});
