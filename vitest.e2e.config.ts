import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (2 cores), generous timeouts for browser start-up.
// One retry: a real browser on a loaded 2-core machine sometimes loses a race the product does not
// (a test reading a second value between two writes of one engine pass). A test that fails twice still
// fails, and one that passed only on its retry is listed with its first error by scripts/test-all.mjs,
// so a flaky test is seen and mended rather than hidden.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    retry: 1,
  },
});
