import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  defaultSiteSettings,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
  type VisitorIdentity,
} from '@parley/shared';
import { loadConfig } from '../src/config.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { createParleyServer, type ParleyOptions, type ParleyServer } from '../src/parley-server.js';
import { dropTestDatabase, testStoreEnv } from './test-store.js';

/**
 * Tests of other features open many visitors and sign in many times from 127.0.0.1: the abuse
 * limits are off unless a test turns them on (`RATE_LIMITS: 'on'`, as rate-limits.test.ts does).
 */
const noLimits = { RATE_LIMITS: 'off' };

export type VisitorClient = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
export type AgentClient = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

export interface TestServer {
  url: string;
  server: ParleyServer;
  dataDir: string;
  /** Logs the demo agent in over REST and returns its token. */
  agentToken(email?: string, password?: string): Promise<string>;
  /** A connected visitor socket on the demo site, from a page on the server's own origin. */
  visitor(options?: { token?: string; origin?: string; siteKey?: string; acceptLanguage?: string; identity?: VisitorIdentity }): Promise<VisitorClient>;
  agent(token?: string): Promise<AgentClient>;
  close(): Promise<void>;
}

/**
 * The real server on an ephemeral port with a fresh SQLite file (or, with `PARLEY_TEST_STORE=mongo`,
 * a fresh MongoDB database: `test-store.ts`) and the demo workspace, plus
 * real socket.io-client connections to it. Every socket it opens is closed by `close()`.
 * Pass `dataDir` + `keepData` to restart a server on the same data.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; keepData?: boolean; parley?: ParleyOptions; routing?: 'live' | 'inert' } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'parley-test-'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...testStoreEnv(dataDir), ...noLimits, ...env });
  const server = await createParleyServer(config, options.parley);
  // Tests of delivery and access (not of routing) start with routing out of the way: the demo
  // agent away (nothing is assigned to them by itself), no acknowledgement line, no reopening.
  if ((options.routing ?? 'inert') === 'inert') await makeRoutingInert(server);
  const url = await server.listen();
  const sockets: Socket[] = [];

  const connect = async <S extends Socket>(socket: S): Promise<S> => {
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
    return socket;
  };

  const agentToken = async (email: string = DEMO.email, password: string = DEMO.password) => {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  };

  return {
    url,
    server,
    dataDir,
    agentToken,
    visitor(options = {}) {
      return connect<VisitorClient>(
        io(`${url}${VISITOR_NAMESPACE}`, {
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
          extraHeaders: { origin: options.origin ?? url, ...(options.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}) },
          auth: {
            protocol: PROTOCOL_VERSION,
            siteKey: options.siteKey ?? DEMO.siteKey,
            ...(options.token ? { token: options.token } : {}),
            ...(options.identity ? { identity: options.identity } : {}),
          },
        }),
      );
    },
    async agent(token) {
      const t = token ?? (await agentToken());
      return connect<AgentClient>(
        io(`${url}${AGENT_NAMESPACE}`, {
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
          auth: { protocol: PROTOCOL_VERSION, token: t },
        }),
      );
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      await server.close();
      if (!options.keepData) {
        rmSync(dataDir, { recursive: true, force: true });
        await dropTestDatabase(dataDir);
      }
    },
  };
}

async function makeRoutingInert(server: ParleyServer): Promise<void> {
  const site = await server.store.getSiteByKey(DEMO.siteKey);
  const agent = await server.store.getAgentByEmail(DEMO.email);
  if (!site || !agent) return;
  await server.store.routing.setAgentStatus(agent.id, 'away');
  await server.store.routing.updateSiteSettings(site.id, {
    ...defaultSiteSettings,
    autoAck: { enabled: false, text: {} },
    reopenWindowMinutes: 0,
    missedAfterSeconds: 3600,
    // Delivery tests pin seqs and transcripts; the join/leave lines have their own tests.
    joinLeaveLines: false,
  });
}
