// Writes the bench's figures and per-load distributions to an HTML page a reader can look at:
// one strip chart per group, a dot per load, a bar at each median. No script, no network.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fmt, median } from './stats';

/** One distribution: a named list of per-load (or per-update) values. */
export interface Series {
  name: string;
  values: number[];
}

/** A chart: series drawn on one axis, with the unit of their values. */
export interface Chart {
  title: string;
  unit: string;
  series: Series[];
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function svg(chart: Chart): string {
  const all = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
  const max = Math.max(...all, 0) * 1.05 || 1;
  const [left, width, rowH] = [230, 560, 28];
  const x = (v: number) => left + (v / max) * width;
  const rows = chart.series.map((s, i) => {
    const y = 20 + i * rowH;
    const dots = s.values
      .filter(Number.isFinite)
      .map(
        (v, j) =>
          `<circle cx="${x(v).toFixed(1)}" cy="${(y + ((j * 7) % 13) - 6).toFixed(1)}" r="2.5" fill="#2563eb" fill-opacity="0.55"/>`,
      )
      .join('');
    const m = median(s.values);
    return `<text x="${left - 8}" y="${y + 4}" text-anchor="end" font-size="12">${esc(s.name)}</text>${dots}<line x1="${x(m)}" x2="${x(m)}" y1="${y - 10}" y2="${y + 10}" stroke="#b91c1c" stroke-width="2"/><text x="${left + width + 8}" y="${y + 4}" font-size="11">${fmt(m, 2)}</text>`;
  });
  const h = 30 + chart.series.length * rowH;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<text x="${x(t * max)}" y="${h}" font-size="10" text-anchor="middle">${fmt(t * max, 1)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 60}" height="${h + 6}" role="img" aria-label="${esc(chart.title)}">${rows.join('')}${ticks}</svg>`;
}

/** Writes report.html (and report.json) into `dir`; returns the page's path. */
export function writeReport(dir: string, lines: string[], charts: Chart[]): string {
  mkdirSync(dir, { recursive: true });
  const body = charts
    .map((c) => `<h2>${esc(c.title)}</h2><p>${esc(c.unit)}; red bar: median</p>${svg(c)}`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attune bench</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:60em}pre{white-space:pre-wrap;background:#f4f4f5;padding:1em}</style></head>
<body><h1>Attune: what the page pays</h1><pre>${esc(lines.join('\n'))}</pre>${body}</body></html>`;
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ lines, charts }, null, 1));
  return file;
}
