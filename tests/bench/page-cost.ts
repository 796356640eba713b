// What Attune costs a clinical page: load and main-thread script time on the heavy live page,
// against the same page with no extension (ratios of medians), and the time from a trigger
// appearing in the DOM to the nudge being visible. Prints figures; never fails on a timing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../components/overlay-host';
import { startFixtureServer } from '../../scripts/serve';
import { DEFAULT_NUDGE_SETTINGS } from '../../storage/nudge-defaults';
import {
  CHROMIUM_ARGS,
  EXTENSION_DIR,
  extensionReady,
  launchWithExtension,
  serviceWorker,
} from '../e2e/launch';
import { fmt, median, ratioInterval } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);
/**
 * Figures are read right after the page's third live update (about two seconds after it starts,
 * long after the watcher's first evaluation), so both sides count the same page work. A fixed
 * wait could end before or after an update (about 3 ms of script each) from one load to the next.
 */
const UPDATES = 3;
/** Live updates after the first reading, for the script time each update costs in steady state. */
const STEADY_UPDATES = 5;
/** Resolves, in the page, with the count of live updates once it reaches `n`. */
const afterUpdates = (n: number) => `new Promise((resolve) => {
  if ((window.monitorTicks ?? 0) >= ${n}) return resolve(window.monitorTicks);
  addEventListener('monitor-tick', (e) => e.detail >= ${n} && resolve(e.detail));
})`;

interface Sample {
  load: number;
  script: number;
  /** Script time per live update (401 text changes) once loaded, when measured. */
  perUpdate?: number;
}

async function loadOnce(
  context: BrowserContext,
  url: string,
  mustShow?: string,
  steady = false,
): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const scriptAfter = async (n: number) => {
    const updates = await page.evaluate(afterUpdates(n));
    if (updates !== n) throw new Error(`${url}: read after ${updates} live updates, not ${n}`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  const script = await scriptAfter(UPDATES);
  const perUpdate = steady
    ? ((await scriptAfter(UPDATES + STEADY_UPDATES)) - script) / STEADY_UPDATES
    : undefined;
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  // Checked after the figures, not waited for before them: Playwright's waiting runs its own
  // script in the page every frame, which counted against Attune alone. The card shows within
  // a few hundred milliseconds of the load, long before the third update.
  if (mustShow && !(await page.evaluate(mustShow))) {
    const hosts = await page.locator(OVERLAY_SELECTOR).count();
    throw new Error(`No nudge on ${url} by live update ${UPDATES} (${hosts} overlay hosts)`);
  }
  await page.close();
  return { load, script, perUpdate };
}

/**
 * Loads the page alternately without and with Attune, so drift on a busy machine (another core's
 * work, thermal state) falls on both sides alike. The first pair is a warm-up and is dropped.
 */
async function pairedSeries(
  bare: BrowserContext,
  withExt: BrowserContext,
  url: string,
  mustShow?: string,
  steady = false,
): Promise<[Sample[], Sample[]]> {
  const base: Sample[] = [];
  const ext: Sample[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const b = await loadOnce(bare, url, undefined, steady);
    const e = await loadOnce(withExt, url, mustShow, steady);
    if (i === 0) continue;
    base.push(b);
    ext.push(e);
  }
  return [base, ext];
}

const NUDGE_VISIBLE = `(() => { const h = document.querySelector('${OVERLAY_SELECTOR}'); return !!h?.shadowRoot?.querySelector('[data-testid=nudge]'); })()`;

/** Trigger-to-visible: a matching heading is added to the live page; time until the card renders. */
async function triggerToVisible(context: BrowserContext, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1200);
    // A string, not a function: tsx's transform would wrap a function in helpers the page lacks.
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      const h = document.createElement('h2');
      h.textContent = 'Surgical pathology results';
      document.getElementById('board').before(h);
      const poll = () => (${NUDGE_VISIBLE} ? resolve(performance.now() - t0) : requestAnimationFrame(poll));
      poll();
    })`)) as number;
    times.push(ms);
    await page.close();
  }
  return times;
}

/** Lets every load show a nudge: the fatigue policy would otherwise (rightly) stop after one. */
async function disableFatigueLimits(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  const relaxed = {
    ...DEFAULT_NUDGE_SETTINGS,
    perHour: 100000,
    promptCooldownMinutes: 0,
    momentCooldownMinutes: 0,
    minGapMinutes: 0,
  };
  await worker.evaluate((value) => chrome.storage.local.set({ 'nudge-settings': value }), relaxed);
}

/** Runs the page-cost benchmark and prints its figures. */
export async function benchPageCost(): Promise<void> {
  const server = await startFixtureServer({ host: '127.0.0.1', port: 0 });
  const plain = `${server.url}/monitor.html`;
  const matching = `${server.url}/monitor.html?heading=Results%20to%20review`;
  const dirs = [0, 1, 2].map(() => mkdtempSync(path.join(tmpdir(), 'attune-bench-')));
  const bare = await chromium.launchPersistentContext(dirs[0] as string, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // BENCH_EXTENSION_DIR measures another build of the extension (a variant of the watcher, say).
  const withExt = await launchWithExtension(dirs[1] as string, {
    extensionDir: process.env.BENCH_EXTENSION_DIR,
  });
  await extensionReady(withExt);
  await disableFatigueLimits(withExt);
  const unregister = async (context: BrowserContext) => {
    const w = await serviceWorker(context);
    await w.evaluate(() => chrome.scripting.unregisterContentScripts());
  };
  if (process.env.BENCH_UNREGISTER) await unregister(withExt);
  // The same extension with its watcher unregistered: what this harness reads when Attune costs
  // the page nothing, so the other rows' ratios can be read against the noise of a run.
  const floor = process.env.BENCH_NO_FLOOR
    ? null
    : await launchWithExtension(dirs[2] as string, {});
  if (floor) {
    await extensionReady(floor);
    await unregister(floor);
  }

  const rows: [string, Sample[], Sample[]][] = [];
  const noMatch = await pairedSeries(bare, withExt, plain, undefined, true);
  rows.push(['no moment matching', ...noMatch]);
  if (floor) rows.push(['installed, no watcher', ...(await pairedSeries(bare, floor, plain))]);
  // BENCH_NO_NUDGE=1 measures the no-match case alone (for trying watcher variants quickly).
  const nudges = !process.env.BENCH_NO_NUDGE;
  if (nudges)
    rows.push(['nudge shown', ...(await pairedSeries(bare, withExt, matching, NUDGE_VISIBLE))]);
  const t2v = nudges ? await triggerToVisible(withExt, plain) : [];
  await bare.close();
  await withExt.close();
  await floor?.close();
  await server.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });

  console.log(
    `\nPage cost on the heavy live page (monitor.html, ${RUNS} loads each, medians; targets ≤ 1.02 no match, ≤ 1.05 with a nudge)`,
  );
  console.log(
    `${'case'.padEnd(22)} ${'load ms'.padStart(16)} ${'load ×'.padStart(7)} ${'(90% interval)'.padStart(15)} ${'script ms'.padStart(16)} ${'script ×'.padStart(9)} ${'(90% interval)'.padStart(15)}`,
  );
  const interval = (base: number[], ext: number[]) => {
    const [lo, hi] = ratioInterval(base, ext);
    return `(${fmt(lo, 3)}–${fmt(hi, 3)})`;
  };
  for (const [name, base, ext] of rows) {
    const [bLoad, eLoad] = [base.map((s) => s.load), ext.map((s) => s.load)];
    const [bScript, eScript] = [base.map((s) => s.script), ext.map((s) => s.script)];
    if (process.env.BENCH_RAW) console.log(name, 'script ms', { bare: bScript, attune: eScript });
    const [bl, el] = [median(bLoad), median(eLoad)];
    const [bs, es] = [median(bScript), median(eScript)];
    console.log(
      `${name.padEnd(22)} ${`${fmt(bl)} → ${fmt(el)}`.padStart(16)} ${fmt(el / bl, 3).padStart(7)} ${interval(bLoad, eLoad).padStart(15)} ${`${fmt(bs)} → ${fmt(es)}`.padStart(16)} ${fmt(es / bs, 3).padStart(9)} ${interval(bScript, eScript).padStart(15)}`,
    );
  }
  console.log(
    'The interval is a bootstrap of the ratio of medians: how far it could move on another run of as many loads.',
  );
  const perUpdate = (samples: Sample[]) => median(samples.map((s) => s.perUpdate ?? Number.NaN));
  console.log(
    `Steady state, no moment matching: script time per live update (401 text changes) ${fmt(perUpdate(noMatch[0]), 2)} ms bare, ${fmt(perUpdate(noMatch[1]), 2)} ms with Attune (median over ${STEADY_UPDATES} updates a load).`,
  );
  const watcher = readFileSync(
    path.join(process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR, 'watcher.js'),
  );
  console.log(
    `Injected on a non-matching page: watcher.js ${watcher.length} B raw, ${gzipSync(watcher, { level: 9 }).length} B gzip (budget 4096 B gzip); the overlay is not injected.`,
  );
  console.log(
    `Trigger to visible nudge: median ${fmt(median(t2v))} ms (min ${fmt(Math.min(...t2v))}, max ${fmt(Math.max(...t2v))}; target < 100 ms)`,
  );
}
