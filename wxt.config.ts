import { defineConfig } from 'wxt';

/** Origins the e2e build may touch without a permission prompt (tests serve fixtures there). */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ mode }) => ({
    name: 'Attune',
    description:
      'Brief empathy scripts and active-listening checklists beside the clinical pages you already use. Private, offline.',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'idle'],
    // The organisation's policy (Chrome managed storage); see docs/packs.md, Distributing packs.
    storage: { managed_schema: 'managed_schema.json' },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'Attune' },
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Open or close the Attune card on this page',
      },
    },
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
