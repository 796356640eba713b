import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base } from '@playwright/test';
import { startFixtureServer } from '../../scripts/serve';
import { extensionReady, launchWithExtension, serviceWorker } from './launch';

export { launchWithExtension, serviceWorker };

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
    await extensionReady(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(new URL((await serviceWorker(context)).url()).host);
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
