import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { ApiKey, Conversation, Site } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { call, issuePaths } from './accounts-helpers.js';
import { visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** REST API keys: shown once, stored hashed, used as a bearer token within their workspace, revocable. */
describe('API keys', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.agentToken();
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the key once, stores only its hash, and lets it read and write its workspace as an admin would', async () => {
    expect(issuePaths(await call(t, 'POST', '/api-keys', { token: admin, body: { name: ' ' } }))).toEqual(['name']);
    const created = await call<{ apiKey: ApiKey; key: string }>(t, 'POST', '/api-keys', { token: admin, body: { name: 'CRM sync' } });
    expect(created.status).toBe(201);
    const { apiKey, key } = created.body;
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({ name: 'CRM sync', lastUsedAt: null });
    const stored = await t.server.store.accounts.getApiKey(apiKey.id);
    expect(JSON.stringify(stored)).not.toContain(key);
    const listed = (await call<{ apiKeys: ApiKey[] }>(t, 'GET', '/api-keys', { token: admin })).body.apiKeys;
    expect(listed).toEqual([expect.objectContaining({ id: apiKey.id, name: 'CRM sync' })]);
    expect(JSON.stringify(listed)).not.toContain(key);

    const visitor = await t.visitor();
    const message = await visitorSays(visitor, 'Where is my parcel?');
    const conversations = await call<{ conversations: Conversation[] }>(t, 'GET', '/conversations', { token: key });
    expect(conversations.status).toBe(200);
    expect(conversations.body.conversations.map((c) => c.id)).toContain(message.conversationId);
    const sites = await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: key });
    expect(sites.body.sites.map((s) => s.key)).toEqual(['demo']);
    // Admin rights: it may create a site.
    expect((await call(t, 'POST', '/sites', { token: key, body: { name: 'From the API', allowedOrigins: ['https://api.example'] } })).status).toBe(201);
    const used = (await call<{ apiKeys: ApiKey[] }>(t, 'GET', '/api-keys', { token: admin })).body.apiKeys[0];
    expect(used?.lastUsedAt).toEqual(expect.any(Number));

    // A key is not a person: it manages no account and mints or revokes no keys.
    expect((await call(t, 'GET', '/auth/me', { token: key })).status).toBe(403);
    expect((await call(t, 'POST', '/api-keys', { token: key, body: { name: 'more' } })).status).toBe(403);
    expect((await call(t, 'DELETE', `/api-keys/${apiKey.id}`, { token: key })).status).toBe(403);
    await expect(t.agent(key)).rejects.toBeTruthy();

    expect((await call(t, 'DELETE', `/api-keys/${apiKey.id}`, { token: admin })).status).toBe(204);
    expect((await call(t, 'GET', '/conversations', { token: key })).status).toBe(401);
    expect((await call(t, 'DELETE', `/api-keys/${apiKey.id}`, { token: admin })).status).toBe(404);
    expect((await call(t, 'GET', '/conversations', { token: `pk_${nanoid(43)}` })).status).toBe(401);
  });

  it('is for admins only', async () => {
    const site = await t.server.store.getSiteByKey(DEMO.siteKey);
    const email = `agent-${nanoid(6)}@shop.example`.toLowerCase();
    await t.server.store.createAgent({
      id: nanoid(), workspaceId: site!.workspaceId, email, name: 'A', role: 'agent', capacity: 1, passwordHash: await hashPassword('agent-password-1'), createdAt: Date.now(),
    });
    const token = await t.agentToken(email, 'agent-password-1');
    expect((await call(t, 'POST', '/api-keys', { token, body: { name: 'x' } })).status).toBe(403);
    expect((await call(t, 'GET', '/api-keys', { token })).status).toBe(403);
  });
});
