import { defineConfig } from '@playwright/test';

// One id per run, inherited by the workers: names the run's extension-request log.
process.env.ATTUNE_TEST_RUN ??= String(process.pid);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own Chromium profile with the extension: two at a time fit 2 cores.
  workers: 2,
  fullyParallel: true,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results',
  // Gathers the extension requests every test recorded (network silence, docs/privacy.md).
  globalTeardown: './tests/e2e/privacy-report.ts',
});
