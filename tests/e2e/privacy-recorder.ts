import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';

/** Where the suite's extension requests end up, for the closing note and docs/privacy.md. */
export const REQUEST_REPORT = path.resolve('.cache/test/extension-requests.json');

/**
 * Where this run's tests append the requests they saw (one JSON object a line). Named by the run
 * (playwright.config.ts sets ATTUNE_TEST_RUN; workers inherit it) so two runs never mix.
 */
export const REQUEST_LOG = REQUEST_REPORT.replace(
  /\.json$/,
  `-${process.env.ATTUNE_TEST_RUN ?? 'run'}.jsonl`,
);

/** Hosts of the local fixture servers: the only hosts a test's web pages load anything from. */
const LOCAL_HOSTS = new Set(['127.0.0.1', '127.0.0.2', 'localhost']);

/** Which extension context made a request. */
export type RequestSource = 'service-worker' | 'extension-page' | 'content-script' | 'web-page';

/** One request attributed to the extension (or, for `web-page`, a page request gone off-site). */
export interface SeenRequest {
  source: RequestSource;
  method: string;
  url: string;
  /** A test declared it (a pack download it asked for). */
  allowed: boolean;
}

/** Loading the extension's own files, or data/blob URLs: no network involved. */
function isLocalResource(url: string): boolean {
  return /^(chrome-extension|data|blob|about|chrome):/.test(url);
}

interface StackTrace {
  callFrames: { url: string; scriptId: string }[];
  parent?: StackTrace;
}

/** The scripts (by URL or DevTools script id) a request's initiator stack passes through. */
function initiators(initiator: { url?: string; stack?: StackTrace }): string[] {
  const out = initiator.url ? [initiator.url] : [];
  for (let s = initiator.stack; s; s = s.parent)
    for (const f of s.callFrames) out.push(f.url, `#${f.scriptId}`);
  return out;
}

/**
 * Records every request any extension context makes: the service worker and extension pages
 * through Playwright's request events (service-worker network events are on by default since
 * Playwright 1.53), content scripts through each page's DevTools initiator stacks (in MV3 their
 * fetches carry the page's origin, so only the initiating script tells them apart). Web pages'
 * own requests are not the extension's; one to a host other than the local fixture servers is
 * still recorded, because the synthetic site loads nothing from elsewhere.
 */
export class NetworkRecorder {
  readonly seen: SeenRequest[] = [];
  private readonly allow: RegExp[] = [];

  /** Declares a request a test expects (a pack download it asked for): a string is a URL prefix. */
  allowRequests(pattern: string | RegExp): void {
    this.allow.push(
      typeof pattern === 'string'
        ? new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
        : pattern,
    );
  }

  private record(source: RequestSource, method: string, url: string): void {
    this.seen.push({ source, method, url, allowed: this.allow.some((p) => p.test(url)) });
  }

  /** Starts recording a context's requests; call right after launch. */
  watch(context: BrowserContext): void {
    context.on('request', (r) => this.onRequest(r));
    for (const page of context.pages()) void this.watchPage(context, page);
    context.on('page', (page) => void this.watchPage(context, page));
  }

  private onRequest(r: Request): void {
    const url = r.url();
    if (isLocalResource(url)) return;
    const local = LOCAL_HOSTS.has(new URL(url).hostname);
    let source: RequestSource | null;
    if (r.serviceWorker()) source = 'service-worker';
    // A tab that showed an extension page and is sent to the fixture site is the test's doing.
    else if (r.isNavigationRequest() && local) source = null;
    else if (r.frame().url().startsWith('chrome-extension://')) source = 'extension-page';
    // A page's own request leaving the fixture servers: nothing on the synthetic site does that.
    else source = local ? null : 'web-page';
    if (source) this.record(source, r.method(), url);
  }

  /**
   * Watches one page through DevTools. A script injected with `scripting.executeScript({ func })`
   * has no URL, so scripts are also traced to the world they were compiled in: an isolated world
   * other than Playwright's own is an extension's content-script world.
   */
  private async watchPage(context: BrowserContext, page: Page): Promise<void> {
    const extensionWorlds = new Set<number>();
    const extensionScripts = new Set<string>();
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
        if (c.auxData?.type === 'isolated' && !c.name.startsWith('__playwright'))
          extensionWorlds.add(c.id);
      });
      cdp.on('Debugger.scriptParsed', (e) => {
        if (extensionWorlds.has(e.executionContextId)) extensionScripts.add(`#${e.scriptId}`);
      });
      cdp.on('Network.requestWillBeSent', (e) => {
        if (isLocalResource(e.request.url)) return;
        const by = initiators(e.initiator as { url?: string; stack?: StackTrace });
        if (by.some((s) => s.startsWith('chrome-extension://') || extensionScripts.has(s)))
          this.record('content-script', e.request.method, e.request.url);
      });
      await cdp.send('Runtime.enable');
      await cdp.send('Debugger.enable');
      await cdp.send('Network.enable');
    } catch {
      // The page closed before the session opened: it made no request worth seeing.
    }
  }

  /** The requests no test declared. */
  unexpected(): SeenRequest[] {
    return this.seen.filter((r) => !r.allowed);
  }

  /** Appends this test's requests to the suite's log (see REQUEST_LOG). */
  save(test: string): void {
    mkdirSync(path.dirname(REQUEST_LOG), { recursive: true });
    const lines = this.seen.map((r) => `${JSON.stringify({ test, ...r })}\n`).join('');
    appendFileSync(REQUEST_LOG, lines || `${JSON.stringify({ test, none: true })}\n`);
  }
}
