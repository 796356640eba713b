// `npm test`: every check and every test, unit and e2e, ending with one line
// `N passed, N failed` that counts them all. Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';

const out = '.cache/test';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const failures = [];
/** Each step's name and seconds, printed at the end (where the run's time goes). */
const timings = [];
/**
 * Runs one step. Two steps may run side by side (two lanes below); their output is then held
 * and printed whole when each ends, so the log reads step by step.
 */
function step(name, cmd, args, env = {}, { alone = false } = {}) {
  const start = Date.now();
  const head = `\n▶ ${name}: ${cmd} ${args.join(' ')}`;
  if (alone) console.log(head);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const held = [];
    child.stdout?.on('data', (d) => held.push(d));
    child.stderr?.on('data', (d) => held.push(d));
    child.on('close', (status) => {
      const seconds = (Date.now() - start) / 1000;
      timings.push([name, seconds]);
      if (!alone) {
        console.log(head);
        process.stdout.write(Buffer.concat(held));
      }
      console.log(
        `◀ ${name}: ${status === 0 ? 'ok' : `failed (${status})`} in ${seconds.toFixed(0)} s`,
      );
      if (status !== 0) failures.push(name);
      resolve(status === 0);
    });
  });
}

const chromium = ensureChromium();
const firefox = ensureFirefox(); // null (with the reason printed) where it cannot be had

// Two lanes side by side. The Chromium e2e tests are the long pole (about ten minutes), and they
// mostly wait (for a browser to start, a card to show, a poll): their two workers keep the two
// cores only about half busy. So they start as soon as their build is done, and everything else
// runs beside them at a lower priority (nice), taking the cycles they leave and giving way when
// they need them.
// Every other build comes before the unit tests: those hold the built manifests to an allow-list
// (tests/unit/manifest.test.ts), and Mozilla's linter checks the Firefox build. The organisation
// build of the example (npm run org) feeds tests/unit/org-build.test.ts (its zips' manifests,
// web-ext lint on the Firefox one) through ORG_BUILD_DIR (else that test is skipped). It builds
// into another folder, so WXT rewrites .wxt/tsconfig.json (which excludes the output folder) for
// it: it comes after the typecheck, which reads that file. The builds into .output/ leave the
// file as `npm install` (wxt prepare) wrote it.
const nice = (name, cmd, args, env) => step(name, 'nice', ['-n', '10', cmd, ...args], env);
const orgDir = '.output/org-test';
await Promise.all([
  (async () => {
    if (!(await step('build:e2e', 'npx', ['wxt', 'build', '--mode', 'e2e']))) return;
    await step(
      'e2e',
      'npx',
      ['playwright', 'test', '--reporter=list,json'],
      { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` },
      { alone: true },
    );
  })(),
  (async () => {
    await nice('lint', 'npx', ['biome', 'check', '.']);
    await nice('typecheck', 'npx', ['tsc', '--noEmit']);
    await nice('build', 'npx', ['wxt', 'build']);
    if (await nice('build:firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
      await nice(
        'lint:firefox',
        'npx',
        ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery'],
        { NO_UPDATE_NOTIFIER: '1' }, // web-ext would otherwise ask the npm registry for a newer web-ext
      );
    }
    const builtFirefox =
      firefox !== null &&
      (await nice('build:e2e:firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']));
    const orgBuilt = await nice('build:org', 'node', [
      '--import',
      'tsx',
      'scripts/org.ts',
      'docs/org.example.json',
      '--out',
      orgDir,
    ]);
    await nice(
      'unit',
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`],
      orgBuilt ? { ORG_BUILD_DIR: orgDir } : {},
    );
    // Firefox ESR over WebDriver BiDi (tests/firefox/, docs/testing.md), at normal priority: its
    // tests wait on a browser too.
    if (builtFirefox)
      await step(
        'e2e:firefox',
        'npx',
        [
          'vitest',
          'run',
          '--config',
          'vitest.firefox.config.ts',
          '--reporter=default',
          '--reporter=json',
          `--outputFile=${out}/vitest-firefox.json`,
        ],
        { FIREFOX_PATH: firefox },
      );
    else if (firefox === null) console.log('\n▶ e2e:firefox skipped: no Firefox (see above).');
  })(),
]);

let passed = 0;
let failed = 0;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const vitest = read(`${out}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
const vitestFirefox = read(`${out}/vitest-firefox.json`);
if (vitestFirefox) {
  passed += vitestFirefox.numPassedTests;
  failed += vitestFirefox.numFailedTests;
}
const pw = read(`${out}/playwright.json`);
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
}
console.log('\nStep times (s):', timings.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', '));
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
