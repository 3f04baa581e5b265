import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RedisProcess } from './redis-process.js';
import { ServerProcess } from './server-process.js';

/** Several server processes on one SQLite file and one real Redis, as a load balancer would front them. */
export interface Cluster {
  redis: RedisProcess;
  servers: ServerProcess[];
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts Redis and `count` server processes sharing a data directory, with `env` on each. */
export async function startCluster(count: number, env: Record<string, string> = {}): Promise<Cluster> {
  const redis = await RedisProcess.start();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-cluster-'));
  const servers: ServerProcess[] = [];
  // One after another: the first seeds the demo workspace and the shared token secret.
  for (let i = 0; i < count; i++) servers.push(await ServerProcess.start({ REDIS_URL: redis.url, ...env }, { dataDir }));
  return {
    redis,
    servers,
    dataDir,
    async stop() {
      for (const server of servers) await server.dispose();
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in as the demo admin on `server` and returns the bearer token. */
export async function demoAdminToken(server: ServerProcess): Promise<string> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { token: string }).token;
}
