// Makes sure Debian's Firefox ESR is there for the Firefox tests (tests/firefox/). Installs it
// with apt-get when running as root; otherwise returns null and says why, and `npm test` skips
// the Firefox tests with that reason.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the browser is looked for, first match wins. */
const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
  Boolean,
);

/** Returns the path of a Firefox binary, installing Debian's firefox-esr first when possible; else null. */
export function ensureFirefox() {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.log(
      'Firefox was not found and cannot be installed here (needs root and apt-get): the Firefox ' +
        'tests are skipped. Install it with `sudo apt-get install -y firefox-esr`, or set ' +
        'FIREFOX_PATH to a Firefox binary.',
    );
    return null;
  }
  console.log("Firefox is missing: installing Debian's firefox-esr package (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
  } catch (e) {
    console.log(`Installing firefox-esr failed (${e.message}): the Firefox tests are skipped.`);
    return null;
  }
  if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  console.log('firefox-esr installed no /usr/bin/firefox-esr: the Firefox tests are skipped.');
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureFirefox() ?? '');
