// What Attune costs a clinical page, against the floor (the same extension with its watcher
// unregistered, in the same run): the steady script cost per live update, "load plus three
// updates", the extension's own main-thread time from a CPU profile, and trigger-to-visible.
// Two heavy pages: monitor.html (text-only updates) and the Preact ward app (keyed list re-sorted
// every second, routes by pushState). Prints figures and writes .output/bench/report.html; never
// fails on a timing. BENCH_ONLY=steady,loads,profile,t2v runs parts; BENCH_RUNS pairs of loads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startFixtureServer } from '../../scripts/serve';
import { EXTENSION_DIR, extensionReady, launchWithExtension, serviceWorker } from '../e2e/launch';
import {
  disableFatigueLimits,
  extensionSelfTime,
  loadOnce,
  NUDGE_VISIBLE,
  type Steps,
  steadyCost,
  stopWorker,
  visibleAfter,
} from './page-runs';
import { type Chart, type Series, writeReport } from './report';
import { shapeCost } from './shape-cost';
import { fmt, median, quantile, quantileInterval, ratioText } from './stats';
import { serveWardApp } from './ward-app';

const PAIRS = Number(process.env.BENCH_RUNS ?? 30);
const STEADY = Number(process.env.BENCH_STEADY ?? 50);
/** Updates a side for the variants that are not shipped (the shipped one gets STEADY). */
const VARIANT_STEADY = Number(process.env.BENCH_VARIANT_STEADY ?? 20);
const T2V = Number(process.env.BENCH_T2V ?? 20);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'steady,loads,profile,shape,t2v').split(','));
/** The watcher's change sources compared (the e2e build's ?attune-watch=); '' is the shipped one. */
const VARIANTS = ['', 'observer', 'window', 'timer-250', 'timer-1000'];
const label = (v: string) => v || 'timer-500 (shipped)';
/** The trigger-to-visible steps, in the order they happen (bg: the worker's marks). */
const STEP_ORDER = [
  'worker-start',
  'bg:get-triggers',
  'bg:triggers-cached',
  'triggers',
  'evaluate',
  'report',
  'bg:report-in',
  'bg:policy-input',
  'bg:decided',
  'host',
  'bg:injected',
  'visible',
];
const CMD = (part: string) =>
  `BENCH_ONLY=${part} node --import tsx tests/bench/page-cost.ts (after npx wxt build --mode e2e)`;

/** Runs the page-cost benchmark; returns its printed lines and charts. */
export async function benchPageCost(): Promise<{ lines: string[]; charts: Chart[] }> {
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  const charts: Chart[] = [];
  const site = await startFixtureServer({ host: '127.0.0.1', port: 0 });
  const ward = await serveWardApp();
  const dirs = [0, 1].map(() => mkdtempSync(path.join(tmpdir(), 'attune-bench-')));
  const ext = process.env.BENCH_EXTENSION_DIR;
  const withExt = await launchWithExtension(dirs[0] as string, { extensionDir: ext });
  const floor = await launchWithExtension(dirs[1] as string, { extensionDir: ext });
  for (const c of [withExt, floor]) await extensionReady(c);
  await disableFatigueLimits(withExt);
  await (await serviceWorker(floor)).evaluate(() => chrome.scripting.unregisterContentScripts());
  const pages = {
    monitor: `${site.url}monitor.html`,
    ward: `${ward.url}index.html?cycle=1`,
  };
  const withVariant = (url: string, v: string) =>
    v ? `${url}${url.includes('?') ? '&' : '?'}attune-watch=${v}` : url;

  if (ONLY.has('steady')) {
    say(
      `\nSteady script cost per live update, each variant beside a floor page (same updates, same time)`,
    );
    say(`(target: shipped watcher within 3% of the floor) — ${CMD('steady')}`);
    for (const [name, url] of Object.entries(pages)) {
      // Each variant beside its own floor page, one pair at a time: pages of one site in one
      // browser can share a renderer, whose script time would then mix them.
      const series: Series[] = [];
      for (const v of VARIANTS) {
        const n = v ? VARIANT_STEADY : STEADY;
        const [base, s] = await steadyCost(
          [
            { name: 'floor', context: floor, url },
            { name: label(v), context: withExt, url: withVariant(url, v) },
          ],
          n,
        );
        if (!base || !s) continue;
        say(
          `  ${name.padEnd(8)} ${s.name.padEnd(20)} ${fmt(median(base.values), 3)} → ${fmt(median(s.values), 3)} ms/update, × floor ${ratioText(base.values, s.values)} (${n} updates a side)`,
        );
        series.push({ name: `floor beside ${s.name}`, values: base.values }, s);
      }
      charts.push({ title: `Script per live update, ${name}`, unit: 'ms per update', series });
    }
  }

  if (ONLY.has('loads')) {
    say(`\nLoad plus three updates, ${PAIRS} paired loads (floor, Attune alternately), medians`);
    say(`(targets: ≤ 1.04 no match, ≤ 1.08 with a nudge, interval within ±3%) — ${CMD('loads')}`);
    const cases: [string, string, string | undefined, number][] = [
      ['monitor, no match', pages.monitor, undefined, PAIRS],
      ['ward app, no match', pages.ward, undefined, PAIRS],
      ['monitor, nudge', `${pages.monitor}?heading=Results%20to%20review`, NUDGE_VISIBLE, PAIRS],
    ];
    for (const [name, url, mustShow, n] of cases) {
      const f: number[] = [];
      const a: number[] = [];
      const fl: number[] = [];
      const al: number[] = [];
      for (let i = 0; i <= n; i++) {
        const x = await loadOnce(floor, url);
        const y = await loadOnce(withExt, url, mustShow);
        if (i === 0) continue; // warm-up pair
        f.push(x.script);
        a.push(y.script);
        fl.push(x.load);
        al.push(y.load);
      }
      say(
        `  ${name.padEnd(20)} script ${fmt(median(f))} → ${fmt(median(a))} ms, × ${ratioText(f, a)}; load × ${ratioText(fl, al)}`,
      );
      charts.push({
        title: `Script time, load plus three updates: ${name}`,
        unit: 'ms per load',
        series: [
          { name: 'floor', values: f },
          { name: 'Attune', values: a },
        ],
      });
    }
  }

  if (ONLY.has('profile')) {
    say(
      `\nAttune's own main-thread time per load (CPU profile, self time of chrome-extension:// scripts)`,
    );
    say(`— ${CMD('profile')}`);
    const runs = Math.max(5, Math.round(PAIRS / 3));
    for (const [name, url] of [
      ['monitor, no match', pages.monitor],
      ['ward app, no match', pages.ward],
      ['monitor, nudge', `${pages.monitor}?heading=Results%20to%20review`],
    ] as const) {
      const got: Awaited<ReturnType<typeof extensionSelfTime>>[] = [];
      for (let i = 0; i < runs; i++) got.push(await extensionSelfTime(withExt, url));
      const total = got.map((g) => g.total);
      const longest = got.map((g) => g.longest);
      const files = [...new Set(got.flatMap((g) => Object.keys(g.byFile)))]
        .map((f) => `${f} ${fmt(median(got.map((g) => g.byFile[f] ?? 0)), 2)}`)
        .join(', ');
      say(
        `  ${name.padEnd(20)} median ${fmt(median(total), 2)} ms (max ${fmt(Math.max(...total), 2)}; ${files}); longest run of Attune samples ${fmt(Math.max(...longest), 2)} ms (${runs} loads)`,
      );
      if (!name.endsWith('nudge')) continue;
      // The card's two scripts: overlay.js builds the background's static tree before the first
      // paint (all its work but its listeners); overlay-ui.js (Preact) arrives after that paint.
      const paint = got.map((g) => g.byFile['overlay.js'] ?? 0);
      const ui = got.map((g) => g.byFile['overlay-ui.js'] ?? 0);
      const [lo, hi] = quantileInterval(paint, 0.5);
      say(
        `  card before its first paint (overlay.js): median ${fmt(median(paint), 2)} ms (90% ${fmt(lo, 2)}–${fmt(hi, 2)}; target ≤ 4); interactive part after the paint (overlay-ui.js): median ${fmt(median(ui), 2)} ms; longest run ${fmt(median(longest), 2)} ms median (target: no task over 16)`,
      );
      charts.push({
        title: "The card's main-thread time per load (CPU profile self time)",
        unit: 'ms per load',
        series: [
          { name: 'overlay.js (before the first paint)', values: paint },
          { name: 'overlay-ui.js (after it)', values: ui },
        ],
      });
    }
  }

  if (ONLY.has('shape')) {
    say(
      `\nOne look of the watcher (its shape check after a change), timed in the page — ${CMD('shape')}`,
    );
    for (const [name, url] of Object.entries(pages)) {
      const c = await shapeCost(floor, url);
      say(
        `  ${name.padEnd(8)} title and headings ${fmt(c[0] ?? Number.NaN, 3)} ms; with the selected tab and current item ${fmt(c[12] ?? Number.NaN, 3)} ms`,
      );
    }
  }

  if (ONLY.has('t2v')) {
    say(`\nTrigger to visible card, p95 with its 90% interval (${T2V} each) — ${CMD('t2v')}`);
    /** The steps' median times after the trigger, in the order they happen. */
    const stepsText = (runs: Steps[]) =>
      STEP_ORDER.filter((k) => runs.some((r) => k in r))
        .map((k) => `${k} ${fmt(median(runs.flatMap((r) => r[k] ?? [])), 0)}`)
        .join(', ');
    const report = (name: string, target: string, runs: { ms: number; steps: Steps }[]) => {
      const xs = runs.map((r) => r.ms);
      const [lo, hi] = quantileInterval(xs, 0.95);
      say(
        `  ${name.padEnd(34)} p95 ${fmt(quantile(xs, 0.95))} ms (90% ${fmt(lo)}–${fmt(hi)}), median ${fmt(median(xs))} ms (90% ${quantileInterval(
          xs,
          0.5,
        )
          .map((x) => fmt(x))
          .join('–')}); target ${target}`,
      );
      say(`    median ms after the trigger: ${stepsText(runs.map((r) => r.steps))}`);
      charts.push({
        title: `Trigger to visible: ${name}`,
        unit: 'ms',
        series: [{ name, values: xs }],
      });
    };
    say(
      `  load average at the start: ${loadavg()
        .map((x) => fmt(x, 2))
        .join(', ')}`,
    );
    type Run = Awaited<ReturnType<typeof visibleAfter>>;
    const nav: Run[] = [];
    const dom: Run[] = [];
    for (let i = 0; i < T2V; i++) {
      nav.push(
        await visibleAfter(withExt, `${ward.url}index.html`, `window.showRoute('results', true)`),
      );
      dom.push(
        await visibleAfter(
          withExt,
          pages.monitor,
          `(() => { const h = document.createElement('h2'); h.textContent = 'Surgical pathology results'; document.getElementById('board').before(h); })()`,
        ),
      );
    }
    report('after a navigation (pushState)', '≤ 300 ms', nav);
    report('after a DOM-only change', '≤ 1,000 ms', dom);
    const cold: Run[] = [];
    const warm: Run[] = [];
    for (let i = 0; i < Math.ceil(T2V / 2); i++) {
      warm.push(await visibleAfter(withExt, `${ward.url}index.html?route=results`));
      await stopWorker(withExt);
      cold.push(await visibleAfter(withExt, `${ward.url}index.html?route=results`));
    }
    report('from load, worker running', '—', warm);
    report('from load, worker stopped (cold)', '≤ 600 ms', cold);
    say(
      `  load average at the end: ${loadavg()
        .map((x) => fmt(x, 2))
        .join(', ')}`,
    );
  }

  await withExt.close();
  await floor.close();
  await site.close();
  await ward.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  const watcher = readFileSync(path.join(ext ?? EXTENSION_DIR, 'watcher.js'));
  say(
    `\nwatcher.js in this build ${watcher.length} B raw, ${gzipSync(watcher, { level: 9 }).length} B gzip (budget 4,096 B gzip; the production figure is in the size table).`,
  );
  return { lines, charts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { lines, charts } = await benchPageCost();
  console.log(`\nWrote ${writeReport(path.resolve('.output/bench'), lines, charts)}`);
}
