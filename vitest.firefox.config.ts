import { defineConfig } from 'vitest/config';

// The Firefox ESR tests (tests/firefox/): real browsers, one file at a time (each starts its own
// Firefox, and the policy test changes what every Firefox on the machine reads at start-up).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
