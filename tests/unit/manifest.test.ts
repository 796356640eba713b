// Least privilege, held against the BUILT production manifests (docs/privacy.md). `npm test`
// builds Chrome, Chrome-e2e and Firefox before the unit tests; run alone, this file builds what
// is missing (`npx wxt build ...`), so it never reads a manifest that does not exist.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BUILDS = {
  chrome: { dir: '.output/chrome-mv3', args: ['build'] },
  e2e: { dir: '.output/chrome-mv3-e2e', args: ['build', '--mode', 'e2e'] },
  firefox: { dir: '.output/firefox-mv3', args: ['build', '-b', 'firefox'] },
} as const;

type Manifest = Record<string, unknown>;
const manifests = {} as Record<keyof typeof BUILDS, Manifest>;

/**
 * Every permission Attune asks for, why, and where the code uses it. A permission the code stops
 * using fails here; so does one added without a reason.
 */
const PERMISSIONS: Record<string, { reason: string; use: RegExp }> = {
  storage: {
    reason: 'settings, enabled sites, drafts and per-tab state in extension storage',
    use: /browser\.storage\.|storage\.defineItem/,
  },
  scripting: {
    reason:
      'registers the watcher on enabled sites only, injects the overlay on demand, and the studio’s tester and picker into a tab the trainer chose',
    use: /browser\.scripting\.registerContentScripts/,
  },
  activeTab: {
    reason:
      'the popup reads the current tab’s address to offer “turn on for this site”, and the ' +
      'keyboard command opens the card on the current tab, without the broad "tabs" permission',
    use: /tabs\.query\(\{ active: true|commands\.onCommand/,
  },
  alarms: {
    reason: 'the daily update check of packs installed from a URL or the organisation’s policy',
    use: /browser\.alarms\.create/,
  },
  idle: {
    reason: 'no nudges while the computer has been idle (a fatigue rule the user can turn off)',
    use: /browser\.idle\.queryState/,
  },
};

/** The only keys a production manifest may have. */
const ALLOWED_KEYS = [
  'manifest_version',
  'default_locale', // name, description and the command's label come from _locales
  'name',
  'description',
  'version',
  'permissions',
  'optional_host_permissions',
  'storage',
  'action',
  'commands',
  'background',
  'options_ui',
  'content_scripts',
  'browser_specific_settings',
];

function omit(m: Manifest, keys: string[]): Manifest {
  return Object.fromEntries(Object.entries(m).filter(([k]) => !keys.includes(k)));
}

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(file, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(readFileSync(file, 'utf8'));
  }
  return out;
}

function builtFiles(dir: string, ext: RegExp): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

beforeAll(() => {
  for (const [name, build] of Object.entries(BUILDS)) {
    const file = path.join(build.dir, 'manifest.json');
    if (!existsSync(file)) execFileSync('npx', ['wxt', ...build.args], { stdio: 'ignore' });
    manifests[name as keyof typeof BUILDS] = JSON.parse(readFileSync(file, 'utf8'));
  }
}, 120_000);

describe.each(['chrome', 'firefox'] as const)('the production %s manifest', (browser) => {
  const m = () => manifests[browser];

  it('asks for exactly the permissions the code uses, each with a reason', () => {
    expect(m().permissions).toEqual(Object.keys(PERMISSIONS));
    const code = ['entrypoints', 'storage', 'components', 'utils']
      .flatMap((d) => sources(d))
      .join('\n');
    for (const [name, p] of Object.entries(PERMISSIONS)) {
      expect(p.reason, name).not.toBe('');
      expect(p.use.test(code), `${name} is not used by the code`).toBe(true);
    }
  });

  it('has optional host permissions only: no site and no <all_urls> at install', () => {
    expect(m().host_permissions).toBeUndefined();
    expect(m().optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(JSON.stringify(m())).not.toContain('<all_urls>');
    // The watcher is registered per enabled site; the overlay is injected on demand.
    expect(m().content_scripts ?? []).toEqual([]);
  });

  it('lets no web page or other extension in, and keeps the default CSP', () => {
    expect(Object.keys(m()).filter((k) => !ALLOWED_KEYS.includes(k))).toEqual([]);
    // The overlay inlines its CSS and every script is injected by file from the background, so no
    // page needs to load anything of ours.
    expect(m().web_accessible_resources).toBeUndefined();
    expect(m().externally_connectable).toBeUndefined();
    expect(m().content_security_policy).toBeUndefined();
  });

  it('ships no eval, no new Function and no remote code', () => {
    const dir = BUILDS[browser].dir;
    const js = builtFiles(dir, /\.js$/);
    expect(js.length).toBeGreaterThan(3);
    const bad =
      /\beval\s*\(|\bnew\s+Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]|importScripts\s*\(|import\s*\(\s*["'`]https?:/;
    expect(js.filter((f) => bad.test(f.text)).map((f) => f.file)).toEqual([]);
    for (const { file, text } of builtFiles(dir, /\.html$/))
      expect(text.match(/<script[^>]+src="(?:https?:)?\/\//g), file).toBeNull();
  });
});

describe("Attune's own source", () => {
  it('writes no HTML from strings: the two web-ext lint warnings are Preact’s, not ours', () => {
    const code = ['entrypoints', 'storage', 'components', 'utils', 'prompts']
      .flatMap((d) => sources(d))
      .join('\n');
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write\(/);
  });
});

describe('the built locales', () => {
  it('ship English and Spanish messages for every build, and the manifest reads its text there', () => {
    for (const build of Object.values(BUILDS)) {
      for (const lang of ['en', 'es']) {
        const file = path.join(build.dir, '_locales', lang, 'messages.json');
        const messages = JSON.parse(readFileSync(file, 'utf8'));
        expect(messages.extName.message, file).toBe('Attune');
        expect(messages.extDescription.message.length, file).toBeGreaterThan(20);
      }
    }
    expect(manifests.chrome.default_locale).toBe('en');
    expect(manifests.chrome.name).toBe('__MSG_extName__');
    expect(manifests.chrome.description).toBe('__MSG_extDescription__');
  });
});

describe('the other manifests', () => {
  it('the e2e build differs from production only by the two test host permissions', () => {
    expect(manifests.e2e.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(omit(manifests.e2e, ['host_permissions'])).toEqual(manifests.chrome);
  });

  it('Firefox has a stable gecko id and declares that it collects no data', () => {
    const ff = manifests.firefox;
    expect(ff.browser_specific_settings).toEqual({
      gecko: {
        id: 'attune@attune.example',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(ff.manifest_version).toBe(3);
    expect(ff.storage).toBeUndefined(); // Firefox reads policies.json, not a managed schema
    expect(ff.background).toEqual({ scripts: ['background.js'] });
    const rest = ['storage', 'browser_specific_settings', 'background'];
    expect(omit(ff, rest)).toEqual(omit(manifests.chrome, rest));
  });
});
