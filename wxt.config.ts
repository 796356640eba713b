import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { BUILTIN_DIR, BUILTIN_FILES } from './prompts/builtin-files';
import { orgAdditions } from './scripts/org-env';

/** Origins the e2e build may touch without a permission prompt (tests serve fixtures there). */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Firefox's add-on id: stable across versions, so updates and policies find the add-on. */
const GECKO_ID = 'attune@attune.example';

/** An organisation build's origins and packs (`npm run org`, docs/distribution.md); else none. */
const ORG = orgAdditions(process.env.ATTUNE_ORG);

export default defineConfig({
  imports: false,
  // WXT_OUT_DIR lets two builds (say, two people testing different changes) not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // MV3 everywhere, Firefox too: scripting.registerContentScripts and optional host permissions
  // are MV3 APIs there (see docs/privacy.md, Browsers).
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    // Every string the browser shows comes from locales/*.yml (the i18n module writes _locales).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'idle'],
    // The organisation's policy (Chrome managed storage); see docs/packs.md, Distributing packs.
    // Firefox reads its policies.json instead and rejects the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' || ORG.hosts.length
      ? { host_permissions: [...(mode === 'e2e' ? E2E_HOSTS : []), ...ORG.hosts] }
      : {}),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox (desktop and Android) 142 is the first to read the data-collection declaration.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandToggle__',
      },
    },
  }),
  hooks: {
    // The built-in packs ship as files the background reads at install (not in its bundle).
    'build:publicAssets': (_wxt, files) => {
      for (const file of BUILTIN_FILES)
        files.push({
          absoluteSrc: resolve('prompts', file),
          relativeDest: `${BUILTIN_DIR}/${file}`,
        });
      files.push(...ORG.files); // an organisation build's packs, installed like the policy's
    },
  },
  vite: () => ({
    // SOURCEMAP=1 keeps source maps (to see what a bundle is made of); never in a release.
    // Small shared chunks merged (Rollup's experimentalMinChunkSize): the popup loaded 9 files
    // for 33 KB, and each file is a fetch and a module evaluation before it is interactive.
    build: {
      sourcemap: process.env.SOURCEMAP === '1',
      rollupOptions: { output: { experimentalMinChunkSize: 4_000 } },
    },
    // jsxDev off in every mode: the e2e build (and so the benchmarks) runs the production JSX.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', jsxDev: false },
    // What an organisation build installs at start-up (entrypoints/background/org.ts); null else.
    define: { __ATTUNE_ORG__: JSON.stringify(ORG.define) },
  }),
});
