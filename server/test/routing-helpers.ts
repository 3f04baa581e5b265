import { nanoid } from 'nanoid';
import type { AgentRole, Department, SiteSettingsPatch } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import type { AgentClient, TestServer } from './test-server.js';

export const PASSWORD = 'routing-password';
let hash: Promise<string> | null = null;

export interface TestAgent {
  id: string;
  email: string;
  name: string;
  token: string;
  socket: AgentClient;
}

/** Agents of the demo workspace, signed in and connected (so online and connected for routing). */
export async function connectAgents(
  t: TestServer,
  count: number,
  options: { capacity: number; role?: AgentRole; prefix?: string },
): Promise<TestAgent[]> {
  hash ??= hashPassword(PASSWORD);
  const site = await t.server.store.getSiteByKey(DEMO.siteKey);
  if (!site) throw new Error('no demo site');
  const agents: TestAgent[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${options.prefix ?? 'agent'}-${i}-${nanoid(5)}@demo.test`.toLowerCase();
    const record = await t.server.store.createAgent({
      id: nanoid(),
      workspaceId: site.workspaceId,
      email,
      name: `${options.prefix ?? 'Agent'} ${i}`,
      role: options.role ?? 'agent',
      capacity: options.capacity,
      passwordHash: await hash,
      createdAt: Date.now(),
    });
    const token = await t.agentToken(email, PASSWORD);
    agents.push({ id: record.id, email, name: record.name, token, socket: await t.agent(token) });
  }
  await Promise.all(agents.map((a) => untilConnected(t, a.id)));
  return agents;
}

async function untilConnected(t: TestServer, agentId: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await t.server.store.routing.getAgentState(agentId))?.connected) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('agent never counted as connected');
}

/** An admin's REST call (the demo agent is an admin). */
export async function adminApi(t: TestServer, method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  const auth = token ?? (await t.agentToken());
  return fetch(`${t.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Changes the demo site's settings through the admin endpoint. */
export async function patchSettings(t: TestServer, patch: SiteSettingsPatch): Promise<void> {
  const site = await t.server.store.getSiteByKey(DEMO.siteKey);
  const res = await adminApi(t, 'PATCH', `/sites/${site!.id}/settings`, patch);
  if (!res.ok) throw new Error(`settings refused: ${res.status} ${await res.text()}`);
}

export async function createDepartment(t: TestServer, input: { name: string; memberIds: string[]; escalatesToId?: string | null }): Promise<Department> {
  const res = await adminApi(t, 'POST', '/departments', input);
  if (res.status !== 201) throw new Error(`department refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { department: Department }).department;
}
