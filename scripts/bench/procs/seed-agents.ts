import path from 'node:path';
import { DEMO, SqliteStore, hashPassword, seedDemo } from '@parley/server';

/** Chats each bench agent takes at once under automatic assignment. */
export const benchAgentCapacity = 5;
export const benchAgentPassword = 'bench-password';

/** E-mail of the i-th agent seeded for the benchmarks. */
export function benchAgentEmail(i: number): string {
  return `bench-agent-${i}@demo.test`;
}

/**
 * Writes the demo workspace and `count` more agents into a fresh embedded store, before the
 * server process opens it: the benchmarks need tens of real agents, and the server has no
 * endpoint to add them (nor should it get a hidden one).
 */
export async function seedBenchAgents(dataDir: string, count: number): Promise<void> {
  const store = new SqliteStore(path.join(dataDir, 'parley.db'));
  try {
    await seedDemo(store);
    const site = await store.getSiteByKey(DEMO.siteKey);
    if (!site) throw new Error('demo site missing after seeding');
    // One hash for all: scrypt is slow on purpose, and every agent has the same password.
    const passwordHash = await hashPassword(benchAgentPassword);
    const now = Date.now();
    for (let i = 0; i < count; i++) {
      await store.createAgent({
        id: `bench-agent-${i}`,
        workspaceId: site.workspaceId,
        email: benchAgentEmail(i),
        name: `Bench Agent ${i}`,
        role: 'agent',
        capacity: benchAgentCapacity,
        passwordHash,
        createdAt: now,
      });
    }
  } finally {
    await store.close();
  }
}
