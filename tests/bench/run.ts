// `npm run bench`: builds what it measures, then prints every benchmark's figures. Benchmarks
// never fail a build on a timing; they print, and the closing notes quote them.
import { execFileSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { benchEncounters } from './encounters';
import { benchPageCost } from './page-cost';
import { printSizes } from './sizes';

process.env.CHROMIUM_PATH ??= ensureChromium();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
printSizes('.output/chrome-mv3');
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
await benchPageCost();
await benchEncounters();
