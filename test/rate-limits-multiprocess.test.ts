import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './support/cluster.js';

/**
 * The abuse limits are counted in Redis when REDIS_URL is set: a client that spreads its
 * attempts over the processes behind a load balancer meets the same limit as against one.
 */
describe('rate limits and readiness across two server processes on one Redis', () => {
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

  it('is ready while Redis answers and leaves the rotation when it does not', async () => {
    const [a] = cluster.servers;
    const up = await fetch(`${a!.url}/readyz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ready', checks: { store: 'ok', redis: 'ok' } });
    await cluster.redis.stop();
    const down = await fetch(`${a!.url}/readyz`);
    expect(down.status).toBe(503);
    const body = (await down.json()) as { checks: Record<string, string> };
    expect(body.checks.store).toBe('ok');
    expect(body.checks.redis).not.toBe('ok');
    // Alive all the same: a Redis outage takes processes out of rotation, it does not restart them.
    expect((await fetch(`${a!.url}/healthz`)).status).toBe(200);
  });
});
