// Builds and serves the Preact single-page app fixture (tests/fixtures/ward-app/) for the bench:
// bundled with esbuild (Vite's own bundler) into a temporary folder with the site's stylesheet.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { FIXTURE_ROOT, type FixtureServer, startFixtureServer } from '../../scripts/serve';

const SOURCE = path.resolve(import.meta.dirname, '../fixtures/ward-app');

/** Bundles the app (production Preact, minified) and serves it on 127.0.0.1, an enabled origin. */
export async function serveWardApp(): Promise<FixtureServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'attune-ward-app-'));
  await build({
    entryPoints: [path.join(SOURCE, 'app.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(root, 'app.js'),
    logLevel: 'warning',
  });
  copyFileSync(path.join(SOURCE, 'index.html'), path.join(root, 'index.html'));
  copyFileSync(path.join(FIXTURE_ROOT, 'site.css'), path.join(root, 'site.css'));
  return startFixtureServer({ host: '127.0.0.1', port: 0, root });
}
