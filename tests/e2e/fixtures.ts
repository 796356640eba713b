import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base } from '@playwright/test';
import { startFixtureServer } from '../../scripts/serve';
import { extensionReady, launchWithExtension as launch, serviceWorker } from './launch';
import { NetworkRecorder } from './privacy-recorder';

export { serviceWorker };

/** The running test's recorder: a worker runs one test at a time. */
let current: NetworkRecorder | undefined;

/**
 * Launches Chromium with Attune, recording the extension's requests for the running test (use it
 * instead of launch.ts's for a second browser in a test, so network silence covers it too).
 */
export const launchWithExtension: typeof launch = async (dir, options) => {
  const context = await launch(dir, options);
  current?.watch(context);
  return context;
};

interface Fixtures {
  /** A fresh profile folder, deleted after the test. */
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  /**
   * Network silence (docs/privacy.md): every request an extension context makes is recorded, and
   * the test fails on any it did not declare here. A string is a URL prefix.
   */
  allowRequests: (pattern: string | RegExp) => void;
  /** The recorder behind allowRequests (for tests of the recorder itself). */
  networkRecorder: NetworkRecorder;
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
  networkRecorder: [
    async ({}, use, testInfo) => {
      const recorder = new NetworkRecorder();
      current = recorder;
      await use(recorder);
      // Runs after `context` closed (it depends on this), so nothing is left unseen.
      current = undefined;
      recorder.save(`${testInfo.file.split('/').pop()} › ${testInfo.title}`);
      const unexpected = recorder.unexpected().map((r) => `${r.source} ${r.method} ${r.url}`);
      if (unexpected.length)
        throw new Error(`Network silence: undeclared extension requests\n${unexpected.join('\n')}`);
    },
    { auto: true },
  ],
  allowRequests: async ({ networkRecorder }, use) => {
    await use((pattern) => networkRecorder.allowRequests(pattern));
  },
  context: async ({ profileDir, networkRecorder }, use) => {
    void networkRecorder; // launchWithExtension records into it
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
