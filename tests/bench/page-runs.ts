// One page's measurements for the page-cost bench (page-cost.ts): a load read after three live
// updates, the script cost of each later update, a CPU profile's Attune samples, and the time
// until the card is visible. Pages signal their live updates with `monitor-tick` events.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../components/overlay-host';
import { DEFAULT_NUDGE_SETTINGS } from '../../storage/nudge-defaults';
import { serviceWorker } from '../e2e/launch';
import type { Series } from './report';

/** Figures are read right after the page's third live update, so both sides did the same work. */
export const UPDATES = 3;

/** Resolves, in the page, with the count of live updates once it reaches `n`. */
const afterUpdates = (n: number) => `new Promise((resolve) => {
  if ((window.monitorTicks ?? 0) >= ${n}) return resolve(window.monitorTicks);
  addEventListener('monitor-tick', (e) => e.detail >= ${n} && resolve(e.detail));
})`;

/** True in the page once the card is rendered (the e2e build's shadow root is open). */
export const NUDGE_VISIBLE = `(() => { const h = document.querySelector('${OVERLAY_SELECTOR}'); return !!h?.shadowRoot?.querySelector('[data-testid=nudge]'); })()`;

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Loads `url`, reads load time and main-thread script time after three updates. */
export async function loadOnce(
  context: BrowserContext,
  url: string,
  mustShow?: string,
): Promise<{ load: number; script: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const updates = await page.evaluate(afterUpdates(UPDATES));
  if (updates !== UPDATES) throw new Error(`${url}: read after ${updates} updates`);
  const script = await scriptMs(cdp);
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  // Checked after the figures: Playwright's waiting would run script on Attune's side only.
  if (mustShow && !(await page.evaluate(mustShow)))
    throw new Error(`No nudge on ${url} by live update ${UPDATES}`);
  await page.close();
  return { load, script };
}

/**
 * Script time per live update, for pages open side by side (so a busy machine slows all alike):
 * each page is loaded, left for five updates, then read at each of the next `n` updates.
 */
export async function steadyCost(
  runs: { name: string; context: BrowserContext; url: string }[],
  n: number,
): Promise<Series[]> {
  const opened = await Promise.all(
    runs.map(async (r) => {
      const page = await r.context.newPage();
      const cdp = await r.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(r.url, { waitUntil: 'load' });
      return { ...r, page, cdp };
    }),
  );
  const series = await Promise.all(
    opened.map(async ({ name, page, cdp }) => {
      if ((await page.evaluate('document.visibilityState')) !== 'visible')
        console.warn(`${name}: page not visible; its timers may be throttled`);
      let ticks = (await page.evaluate(afterUpdates(5))) as number;
      let before = await scriptMs(cdp);
      const values: number[] = [];
      while (values.length < n) {
        const now = (await page.evaluate(afterUpdates(ticks + 1))) as number;
        const ms = await scriptMs(cdp);
        values.push((ms - before) / (now - ticks));
        [ticks, before] = [now, ms];
      }
      return { name, values };
    }),
  );
  for (const o of opened) await o.page.close();
  return series;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

/**
 * Attune's own main-thread time in one load (until three updates): the self time of the samples
 * whose function is in a chrome-extension:// script, by file, and the longest unbroken run of
 * them (an upper bound's proxy for Attune's longest task).
 */
export async function extensionSelfTime(
  context: BrowserContext,
  url: string,
): Promise<{ total: number; longest: number; byFile: Record<string, number> }> {
  const page: Page = await context.newPage();
  // A first document on the same origin, so the profiled load stays in this renderer.
  await page.goto(new URL('site.css', url).href);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(afterUpdates(UPDATES));
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const urlOf = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n.callFrame.url]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byFile: Record<string, number> = {};
  let [total, run, longest] = [0, 0, 0];
  for (let i = 0; i < samples.length; i++) {
    const file = urlOf.get(samples[i] as number) ?? '';
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (file.startsWith('chrome-extension://')) {
      const name = file.split('/').pop() ?? file;
      byFile[name] = (byFile[name] ?? 0) + ms;
      total += ms;
      run += ms;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return { total, longest, byFile };
}

/** Where the time went: each step's time after the trigger, in ms (the e2e build's marks). */
export type Steps = Record<string, number>;

/** The card's steps in the worker, read after the card showed (their times are epoch ms). */
async function workerMarks(context: BrowserContext): Promise<{ name: string; at: number }[]> {
  const worker = context.serviceWorkers().at(-1);
  if (!worker) return [];
  return (
    worker
      // No named helper inside: tsx would wrap it in a __name call the worker lacks.
      .evaluate(() => {
        const marks = performance.getEntriesByType('mark');
        performance.clearMarks();
        return [
          { name: 'worker-start', at: performance.timeOrigin },
          ...marks.map((m) => ({
            name: m.name.replace(/^attune-/, 'bg:'),
            at: performance.timeOrigin + m.startTime,
          })),
        ];
      })
      .catch(() => [])
  );
}

/**
 * Milliseconds until the card is visible: after `action` runs in the page (a second after its
 * load), or, with no action, after the load event (the watcher's first look). `steps` says when,
 * after the trigger, each step of the way happened: the watcher's and the worker's marks, the
 * overlay's host attached, the card visible (the first of each after the trigger).
 */
export async function visibleAfter(
  context: BrowserContext,
  url: string,
  action?: string,
): Promise<{ ms: number; steps: Steps }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (action) await page.waitForTimeout(1200);
  // A string, not a function: tsx's transform would wrap a function in helpers the page lacks.
  const got = (await page.evaluate(`new Promise((resolve) => {
    const t0 = ${action ? 'performance.now()' : "performance.getEntriesByType('navigation')[0].loadEventEnd"};
    const at = (t) => performance.timeOrigin + t;
    let host = 0;
    const mo = new MutationObserver(() => { if (!host && document.querySelector('${OVERLAY_SELECTOR}')) host = performance.now(); });
    mo.observe(document.documentElement, { childList: true });
    ${action ? `${action};` : ''}
    const done = () => {
      mo.disconnect();
      const now = performance.now();
      const marks = performance.getEntriesByType('mark').filter((m) => m.startTime >= t0);
      resolve({ ms: now - t0, t0: at(t0), marks: [
        ...marks.map((m) => ({ name: m.name.replace(/^attune-/, ''), at: at(m.startTime) })),
        { name: 'host', at: at(host || now) }, { name: 'visible', at: at(now) },
      ] });
    };
    const poll = () => (${NUDGE_VISIBLE} ? done() : requestAnimationFrame(poll));
    poll();
  })`)) as { ms: number; t0: number; marks: { name: string; at: number }[] };
  await page.close();
  const steps: Steps = {};
  const marks = [...got.marks, ...(await workerMarks(context))].sort((a, b) => a.at - b.at);
  for (const m of marks)
    if (m.at >= got.t0 - 1 && !(m.name in steps)) steps[m.name] = m.at - got.t0;
  return { ms: got.ms, steps };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle (closing its DevTools
 * target stops it; Playwright emits no event for it, and evaluating in it would start it again).
 */
export async function stopWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos)
    if (t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))
      await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Lets every load show a nudge: the fatigue policy would otherwise (rightly) stop after one. */
export async function disableFatigueLimits(context: BrowserContext): Promise<void> {
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
