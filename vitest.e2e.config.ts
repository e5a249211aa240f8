import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (2 cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
