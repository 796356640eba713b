import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Pack } from '../../prompts/schema';
import { fingerprint, generateKeyPair, signPack } from '../../prompts/signing';
import { trainerPack } from '../unit/storage/pack-fixture';
import { expect, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { PacksPage } from './pages/packs';

const ID = 'org.example.ward-handover';

/** The built-in scripts of one language, by text (Playwright's loader cannot import JSON). */
function builtinScripts(dir: 'prompts' | 'prompts/es'): Set<string> {
  const packs = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Pack);
  return new Set(packs.flatMap((p) => p.prompts.map((q) => q.text)));
}
const XSS = '<img src=x onerror="document.title=\'pwned\';window.__attunePwned=1">';

/** The fixture pack (keyword "nursing handover": only plain.html matches) with one prompt's text. */
function packWithText(text: string, version = '1.0.0') {
  const doc = trainerPack(version, ['name-it']);
  (doc.prompts as { text: string }[])[0]!.text = text;
  return doc;
}

test('a pack installed from a file shows its prompt on a matching page', async ({
  context,
  extensionId,
  site,
}) => {
  const options = await PacksPage.open(await context.newPage(), extensionId);
  await options.installFile(
    'ward.json',
    JSON.stringify(packWithText('What matters most to you about going home?')),
  );
  await expect(options.pack(ID)).toBeVisible();
  await expect(options.pack(ID).getByTestId('pack-meta')).toContainText('Installed from a file');

  const page = await context.newPage();
  await page.goto(`${site}/plain.html`);
  const overlay = new OverlayPage(page);
  await expect(overlay.text).toHaveText('What matters most to you about going home?');
});

test('a prompt written as HTML shows as literal text and runs nothing', async ({
  context,
  extensionId,
  site,
}) => {
  const options = await PacksPage.open(await context.newPage(), extensionId);
  await options.installFile('xss.json', JSON.stringify(packWithText(XSS)));
  await options.pack(ID).getByTestId('pack-preview').locator('summary').click();
  await expect(options.pack(ID).getByTestId('nudge-text')).toHaveText(XSS);
  await expect(options.pack(ID).locator('img')).toHaveCount(0);

  const page = await context.newPage();
  await page.goto(`${site}/plain.html`);
  const overlay = new OverlayPage(page);
  await expect(overlay.text).toHaveText(XSS);
  await expect(overlay.host.locator('img')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as { __attunePwned?: number }).__attunePwned),
  ).toBeUndefined();
  expect(await page.title()).not.toBe('pwned');
  expect(await options.page.title()).not.toBe('pwned');
});

test('a pack file dropped on the options page installs; removing it keeps built-ins', async ({
  context,
  extensionId,
}) => {
  const options = await PacksPage.open(await context.newPage(), extensionId);
  await options.dropFile('ward.json', JSON.stringify(packWithText('Dropped in.')));
  await expect(options.pack(ID)).toHaveAttribute('data-version', '1.0.0');
  const builtins = await options.page.getByTestId('pack').count();
  await options.pack(ID).getByTestId('pack-remove').click();
  await expect(options.pack(ID)).toHaveCount(0);
  await expect(options.page.getByTestId('pack')).toHaveCount(builtins - 1);
  await expect(options.page.getByTestId('pack-remove')).toHaveCount(0);
});

test('the Packs section, a preview open and a refusal shown, has no accessibility violations', async ({
  context,
  extensionId,
}) => {
  const options = await PacksPage.open(await context.newPage(), extensionId);
  await options.installFile('broken.json', '{"format": 1}');
  await expect(options.problems.first()).toBeVisible();
  // Cards are drawn only in an opened preview: the others stay closed, and cost nothing.
  const host = await options.openPreview('org.attune.core-empathy');
  await expect(host.getByTestId('nudge')).toBeVisible();
  await expect(options.page.getByTestId('pack-card')).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page: options.page })
    .include('section[aria-labelledby="packs-h"]')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('a built-in pack is listed once, with its edition; choosing Español shows Spanish scripts on the page, and the preview is the real card', async ({
  context,
  extensionId,
  site,
}) => {
  const spanish = builtinScripts('prompts/es');
  const options = await PacksPage.open(await context.newPage(), extensionId);
  const core = options.pack('org.attune.core-empathy');
  await expect(core.getByTestId('pack-language')).toHaveText('English');
  await expect(options.page.locator('[data-testid="pack"][data-pack-id$=".es"]')).toHaveCount(0);

  await options.chooseScripts('es');
  await expect(core.getByTestId('pack-language')).toHaveText('Español');
  await expect(core).toHaveAttribute('data-edition', 'org.attune.core-empathy.es');
  // The real card: the overlay's component in a shadow root, in the edition's words.
  const host = await options.openPreview('org.attune.core-empathy');
  expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
  await expect(host.getByTestId('nudge')).toBeVisible();
  expect(spanish.has((await host.getByTestId('nudge-text').textContent()) ?? '')).toBe(true);

  const overlay = await OverlayPage.open(context, `${site}/results.html`);
  const text = (await overlay.text.textContent()) ?? '';
  expect(spanish.has(text), text).toBe(true);
});

test('a broken pack file is refused with every problem by its path', async ({
  context,
  extensionId,
}) => {
  const options = await PacksPage.open(await context.newPage(), extensionId);
  const doc = packWithText('Fine.');
  doc.version = 'latest';
  await options.installFile('broken.json', JSON.stringify(doc));
  await expect(options.problems.filter({ hasText: '/version' })).toHaveCount(1);
  await expect(options.pack(ID)).toHaveCount(0);
});

test('a signed pack pins its key on first use: a stripped or re-keyed update is refused by name until the user forgets the key', async ({
  context,
  extensionId,
}) => {
  const keys = await generateKeyPair();
  const other = await generateKeyPair();
  const signed = await signPack(packWithText('Pause. Let the silence work.'), keys);
  const options = await PacksPage.open(await context.newPage(), extensionId);

  const tampered = structuredClone(signed) as { prompts: { text: string }[] };
  tampered.prompts[0]!.text = 'Hurry up.';
  await options.installFile('tampered.json', JSON.stringify(tampered));
  await expect(options.problems.filter({ hasText: '/signature' })).toContainText(
    'changed after signing',
  );
  await expect(options.pack(ID)).toHaveCount(0);

  await options.installFile('signed.json', JSON.stringify(signed));
  const signature = options.pack(ID).getByTestId('pack-signature');
  await expect(signature).toContainText(`signed by key ${await fingerprint(keys.publicKey)}`);
  await expect(signature).toContainText('pinned');

  await options.installFile(
    'unsigned-update.json',
    JSON.stringify(packWithText('Pause.', '1.1.0')),
  );
  await expect(options.problems.filter({ hasText: '/signature' })).toContainText(
    '“Ward handover” 1.1.0 is not signed',
  );
  const rekeyed = JSON.stringify(await signPack(packWithText('Pause, then ask.', '1.1.0'), other));
  await options.installFile('rekeyed-update.json', rekeyed);
  await expect(options.problems.filter({ hasText: '/signature' })).toContainText(
    `is signed with key ${await fingerprint(other.publicKey)}`,
  );
  await expect(options.pack(ID)).toHaveAttribute('data-version', '1.0.0');

  await options.pack(ID).getByTestId('pack-forget-key').click();
  await expect(options.status).toHaveText(
    'Key forgotten: the next signed version of Ward handover pins its key.',
  );
  await options.installFile('rekeyed-update.json', rekeyed);
  await expect(options.pack(ID)).toHaveAttribute('data-version', '1.1.0');
  await expect(signature).toContainText(`signed by key ${await fingerprint(other.publicKey)}`);
  await expect(signature).toContainText('pinned');
});

/** A pack server that speaks ETag, recording each request's If-None-Match. */
function packServer() {
  let body = JSON.stringify(packWithText('Version one.'));
  let etag = '"v1"';
  const seen: (string | undefined)[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.headers['if-none-match']);
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
  });
  return {
    seen,
    start: () =>
      new Promise<string>((r) =>
        server.listen(0, '127.0.0.1', () =>
          r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ward.json`),
        ),
      ),
    publish(text: string, version: string, tag: string) {
      body = JSON.stringify(packWithText(text, version));
      etag = tag;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

test('a URL pack updates with ETag: 304 keeps it, 200 brings the new version', async ({
  context,
  extensionId,
  allowRequests,
}) => {
  const server = packServer();
  const url = await server.start();
  allowRequests(url); // the only request Attune may make: a pack download the user asked for
  try {
    const options = await PacksPage.open(await context.newPage(), extensionId);
    await options.page.getByTestId('pack-url').fill(url);
    await options.page.getByTestId('pack-url-install').click();
    await expect(options.pack(ID)).toHaveAttribute('data-version', '1.0.0');
    await expect(options.pack(ID).getByTestId('pack-meta')).toContainText(`From ${url}`);

    await options.page.getByTestId('pack-check-updates').click();
    await expect(options.status).toHaveText(`${ID}: not-modified`);
    expect(server.seen).toEqual([undefined, '"v1"']);

    server.publish('Version two.', '1.1.0', '"v2"');
    await options.page.getByTestId('pack-check-updates').click();
    await expect(options.status).toHaveText(`${ID}: updated`);
    await expect(options.pack(ID)).toHaveAttribute('data-version', '1.1.0');
    expect(server.seen).toEqual([undefined, '"v1"', '"v1"']);
  } finally {
    await server.close();
  }
});
