import { defineConfig } from 'vitest/config';

/**
 * The `server-mongo` project: the server's integration tests that exercise the store, again,
 * each server on its own MongoDB database (`test/test-store.ts`): the real one at MONGODB_URI,
 * else the MongoDB-wire-compatible test server the global setup starts. The SQLite run of every
 * file is the `server` project. Left out here, to keep `npm test` short: files whose subject is
 * not the store (static assets, the REST fuzz, the live list in memory, knowledge search,
 * trigger rules, the admin APIs) and restart.test.ts, whose "≥ 50 acknowledged before the
 * stop" is a throughput bar set for SQLite.
 */
export const mongoIntegrationFiles = [
  'test/access-control.test.ts',
  'test/agent-tools-api.test.ts',
  'test/bot-handoff.test.ts',
  'test/contacts-identity.test.ts',
  'test/conversation-search.test.ts',
  'test/bot-routing.test.ts',
  'test/mail-offline.test.ts',
  'test/mail-outbox.test.ts',
  'test/mentions.test.ts',
  'test/message-delivery.test.ts',
  'test/message-flow.test.ts',
  'test/reply-permissions.test.ts',
  'test/reports-api.test.ts',
  'test/rest-api.test.ts',
  'test/routing-capacity.test.ts',
  'test/routing-flows.test.ts',
  'test/routing-sweeps.test.ts',
  'test/site-settings-api.test.ts',
  'test/visitor-seq.test.ts',
  'test/privacy-api.test.ts',
  'test/webhook-outbox.test.ts',
];

export default defineConfig({
  test: {
    name: 'server-mongo',
    include: mongoIntegrationFiles,
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    env: { PARLEY_TEST_STORE: 'mongo' },
    globalSetup: ['test/mongo-wire/global-setup.ts'],
  },
});
