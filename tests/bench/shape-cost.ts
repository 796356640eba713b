// The cost of one look of the watcher at a page (its shape reader), after a text change as the
// monitoring board makes them, without and with the opt-in places (selected tab, current item).
// The reader is bundled from the watcher's own source and timed inside the page.

import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { median } from './stats';

const ENTRY = `import { shapeReader } from './entrypoints/watcher';
window.__attuneShape = (places) => shapeReader(document, places);`;

/** Median milliseconds of one look, by places (0: title and headings; 12: plus tabs and current). */
export async function shapeCost(
  context: BrowserContext,
  url: string,
): Promise<Record<number, number>> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'import.meta.env.MODE': '"production"' },
    logLevel: 'silent',
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const out: Record<number, number> = {};
  for (const places of [0, 12]) {
    // Timed in batches (the page's clock is coarse): 300 changes with a look after each, less
    // 300 changes alone, five times.
    const times = (await page.evaluate(`(() => {
      const look = window.__attuneShape(${places});
      const cell = document.querySelector('.vital-value') ?? document.querySelector('td');
      const batch = (withLook) => {
        const t0 = performance.now();
        for (let i = 0; i < 300; i++) {
          cell.textContent = String(i); // a change, so the live collections recount
          if (withLook) look();
          else cell.getBoundingClientRect; // same loop shape, no look
        }
        return performance.now() - t0;
      };
      const times = [];
      for (let r = 0; r < 5; r++) times.push((batch(true) - batch(false)) / 300);
      return times;
    })()`)) as number[];
    out[places] = median(times);
  }
  await page.close();
  return out;
}
