// `npm run org -- org.json [--out DIR] [--mode e2e]`: builds Attune for one organisation, a
// Chrome/Edge zip and a Firefox zip whose manifests hold the organisation's EHR origins as
// required host permissions and which install its packs (locked) and turn on its sites at first
// run, so a force-installed copy needs no click (docs/distribution.md, Organisation build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkOrg } from './org-config';

const BROWSERS = ['chrome', 'firefox'] as const;

/** The zips an organisation build wrote. */
export interface OrgZips {
  chrome: string;
  firefox: string;
}

/** Checks `configFile` and builds both zips into `outDir`; throws with every problem found. */
export function buildOrg(configFile: string, outDir?: string, mode = 'production'): OrgZips {
  const checked = checkOrg(
    readFileSync(configFile, 'utf8'),
    path.dirname(path.resolve(configFile)),
  );
  if (!checked.ok) throw new Error(`${configFile} has problems:\n  ${checked.errors.join('\n  ')}`);
  const { org } = checked;
  const out = path.resolve(outDir ?? path.join('.output', 'org', org.id));
  const work = path.join(out, 'build');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const input = path.join(out, 'org-input.json');
  writeFileSync(input, JSON.stringify(org));
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const zips: Partial<OrgZips> = {};
  for (const browser of BROWSERS) {
    execFileSync('npx', ['wxt', 'zip', '-b', browser, '--mode', mode], {
      stdio: 'inherit',
      env: { ...process.env, ATTUNE_ORG: input, WXT_OUT_DIR: work },
    });
    // WXT names the zip attune-<version>-<browser>.zip (a sources zip beside it for Firefox).
    const made = readdirSync(work).find((f) => f.endsWith(`-${browser}.zip`));
    if (!made) throw new Error(`wxt zip wrote no ${browser} zip in ${work}`);
    zips[browser] = path.join(out, `attune-${version}-${org.id}-${browser}.zip`);
    renameSync(path.join(work, made), zips[browser]);
  }
  rmSync(input);
  return zips as OrgZips;
}

/** The command line: the config file, then `--out DIR` and `--mode e2e` if given. */
function main(args: string[]): number {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!file) {
    console.error('Usage: npm run org -- org.json [--out DIR] [--mode e2e]');
    return 2;
  }
  try {
    const zips = buildOrg(file, option('--out'), option('--mode'));
    console.log(`Organisation build:\n  ${zips.chrome}\n  ${zips.firefox}`);
    console.log('Force-install them by policy: docs/distribution.md, Organisation build.');
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
