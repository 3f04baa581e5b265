import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One run over every package; each package's own vitest.config.ts says how its tests run.
// `server-mongo` runs the server's store-heavy integration tests again on MongoDB (server/vitest.mongo.config.ts).
export default defineConfig({
  test: {
    // One worker per core, at least two. Vitest's default leaves one core idle (cores − 1), which on
    // a 2-core machine ran every file one after another: most files wait on servers, Chromium or
    // Redis in other processes, so two at a time took the suite from about 14 to under 10 minutes.
    // Browser files still run one at a time (test/vitest.config.ts): at most one of them beside a
    // server or unit file.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: ['shared', 'server', 'server/vitest.mongo.config.ts', 'widget', 'console', 'test'],
  },
});
