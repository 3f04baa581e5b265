import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Browser tests each start Chromium and server processes: one file at a time on 2 cores.
    fileParallelism: false,
  },
});
