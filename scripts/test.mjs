// `npm test`: every check and every test, unit and e2e, ending with one line
// `N passed, N failed` that counts them all. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';

const out = '.cache/test';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const failures = [];
function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(name);
  return r.status === 0;
}

const chromium = ensureChromium();
const firefox = ensureFirefox(); // null (with the reason printed) where it cannot be had
step('lint', 'npx', ['biome', 'check', '.']);
step('typecheck', 'npx', ['tsc', '--noEmit']);
// Every build first: the unit tests hold the built manifests to an allow-list
// (tests/unit/manifest.test.ts), and Mozilla's linter checks the Firefox build.
step('build', 'npx', ['wxt', 'build']);
if (step('build:firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  step(
    'lint:firefox',
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery'],
    { NO_UPDATE_NOTIFIER: '1' }, // web-ext would otherwise ask the npm registry for a newer web-ext
  );
}
const built = step('build:e2e', 'npx', ['wxt', 'build', '--mode', 'e2e']);
const builtFirefox =
  firefox !== null &&
  step('build:e2e:firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
// The organisation build of the example (npm run org): tests/unit/org-build.test.ts checks its
// zips' manifests and lints the Firefox one when ORG_BUILD_DIR names them (else it is skipped).
const orgDir = '.output/org-test';
const orgBuilt = step('build:org', 'node', [
  '--import',
  'tsx',
  'scripts/org.ts',
  'docs/org.example.json',
  '--out',
  orgDir,
]);
step(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`],
  orgBuilt ? { ORG_BUILD_DIR: orgDir } : {},
);
if (built) {
  step('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
  });
}

// Firefox ESR over WebDriver BiDi (tests/firefox/, docs/testing.md).
if (builtFirefox) {
  step(
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
} else if (firefox === null) console.log('\n▶ e2e:firefox skipped: no Firefox (see above).');

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
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
