import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { startFixtureServer } from '../../scripts/serve';

/** The unpacked e2e build (see docs/testing.md). */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');

/** Chromium flags that work on a machine with no network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium with Attune loaded on the given profile folder. */
export function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}

/** The extension's service worker, waiting for it if it has not started yet. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  /** A fresh profile folder, deleted after the test. */
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
}

interface WorkerFixtures {
  /** The synthetic clinical site on an enabled origin (127.0.0.1). */
  site: string;
  /** The same site on an origin Attune is not enabled on (127.0.0.2). */
  otherSite: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  site: [
    async ({}, use) => {
      const server = await startFixtureServer({ host: '127.0.0.1', port: 0 });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  otherSite: [
    async ({}, use) => {
      const server = await startFixtureServer({ host: '127.0.0.2', port: 0 });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/**
 * Names of the extension script worlds (content scripts) alive in a page's main frame, read
 * through the DevTools protocol: the only way to see a content script from outside.
 */
export async function contentScriptWorlds(
  context: BrowserContext,
  page: import('@playwright/test').Page,
): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const names: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated') names.push(c.name);
  });
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return names;
}
