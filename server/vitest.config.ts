import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // MongoDB for the Mongo store contract: MONGODB_URI, else the wire-compatible test server.
    globalSetup: ['test/mongo-wire/global-setup.ts'],
  },
});
