import { defineConfig } from 'vitest/config';

// One run over every package; each package's own vitest.config.ts says how its tests run.
// `server-mongo` runs the server's store-heavy integration tests again on MongoDB (server/vitest.mongo.config.ts).
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'server/vitest.mongo.config.ts', 'widget', 'console', 'test'],
  },
});
