import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './support/cluster.js';

/**
 * The abuse limits are counted in Redis when REDIS_URL is set: a client that spreads its
 * attempts over the processes behind a load balancer meets the same limit as against one.
 */
describe('rate limits across two server processes on one Redis', () => {
  const ALLOWED = 6;
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(2, { RATE_LIMITS: 'on', RATE_LIMIT_LOGIN_ACCOUNT: `${ALLOWED}/600` });
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('refuses the wrong password past the account limit whichever process counted the earlier ones', async () => {
    const [a, b] = cluster.servers;
    const statuses: number[] = [];
    for (let i = 0; i < ALLOWED + 4; i++) {
      const server = i % 2 === 0 ? a! : b!;
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'agent@demo.test', password: `wrong-${i}` }),
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      await res.body?.cancel();
    }
    // Alone, each process would have counted only half and let all ten be tried.
    expect(statuses).toEqual([...Array<number>(ALLOWED).fill(401), 429, 429, 429, 429]);
  });
});
