// `npm run bench`: builds what it measures, then prints every benchmark's figures and writes
// .output/bench/report.html. Benchmarks never fail a build on a timing; they print, and the
// closing notes quote them. WXT_OUT_DIR builds elsewhere (the launcher follows it).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { benchEncounters } from './encounters';
import { benchPageCost } from './page-cost';
import { writeReport } from './report';
import { printSizes } from './sizes';

const out = process.env.WXT_OUT_DIR ?? '.output';
process.env.CHROMIUM_PATH ??= ensureChromium();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
printSizes(path.join(out, 'chrome-mv3'));
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
const { lines, charts } = await benchPageCost();
await benchEncounters();
console.log(`\nWrote ${writeReport(path.resolve('.output/bench'), lines, charts)}`);
