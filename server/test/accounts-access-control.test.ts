import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentPresence, ApiKey, Invitation, SetupResult, Site } from '@parley/shared';
import { call, setupBody } from './accounts-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

interface Tenant {
  token: string;
  agentId: string;
  site: Site;
  invitation: Invitation;
  apiKey: ApiKey;
  key: string;
}

/** Two workspaces on one server (ALLOW_SIGNUP=true): nothing of one is visible or changeable from the other. */
describe('accounts routes keep workspaces apart', () => {
  let t: TestServer;
  let a: Tenant;
  let b: Tenant;

  async function tenant(token: string, agentId: string, site: Site, email: string): Promise<Tenant> {
    const invitation = (await call<{ invitation: Invitation }>(t, 'POST', '/invitations', { token, body: { email } })).body.invitation;
    const { apiKey, key } = (await call<{ apiKey: ApiKey; key: string }>(t, 'POST', '/api-keys', { token, body: { name: `key ${email}` } })).body;
    return { token, agentId, site, invitation, apiKey, key };
  }

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    const demo = await call<{ token: string; agent: { id: string } }>(t, 'POST', '/auth/login', { body: { email: 'agent@demo.test', password: 'demo-password' } });
    const demoSite = (await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: demo.body.token })).body.sites[0]!;
    a = await tenant(demo.body.token, demo.body.agent.id, demoSite, 'invitee-a@shop.example');
    const signup = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'owner-b@other.example' }) })).body;
    b = await tenant(signup.token, signup.agent.id, signup.site, 'invitee-b@other.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists only the caller’s own sites, people, invitations and keys, whether by token or by API key', async () => {
    for (const [me, other] of [[a, b], [b, a]] as const) {
      for (const credential of [me.token, me.key]) {
        const sites = (await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: credential })).body.sites;
        expect(sites.map((s) => s.id)).toContain(me.site.id);
        expect(sites.map((s) => s.id)).not.toContain(other.site.id);
        const agents = (await call<{ agents: AgentPresence[] }>(t, 'GET', '/agents', { token: credential })).body.agents;
        expect(agents.map((x) => x.id)).toContain(me.agentId);
        expect(agents.map((x) => x.id)).not.toContain(other.agentId);
        const invitations = (await call<{ invitations: Invitation[] }>(t, 'GET', '/invitations', { token: credential })).body.invitations;
        expect(invitations.map((i) => i.id)).toEqual([me.invitation.id]);
        const keys = (await call<{ apiKeys: ApiKey[] }>(t, 'GET', '/api-keys', { token: credential })).body.apiKeys;
        expect(keys.map((k) => k.id)).toEqual([me.apiKey.id]);
      }
    }
  });

  it('answers 404 for every change to the other workspace, and changes nothing there', async () => {
    for (const [me, other] of [[a, b], [b, a]] as const) {
      for (const credential of [me.token, me.key]) {
        const attempts = await Promise.all([
          call(t, 'PATCH', `/sites/${other.site.id}`, { token: credential, body: { name: 'taken over', allowedOrigins: ['https://evil.example'] } }),
          call(t, 'DELETE', `/sites/${other.site.id}`, { token: credential }),
          call(t, 'PATCH', `/agents/${other.agentId}`, { token: credential, body: { active: false, role: 'agent' } }),
          call(t, 'DELETE', `/invitations/${other.invitation.id}`, { token: credential }),
          call(t, 'POST', `/invitations/${other.invitation.id}/resend`, { token: credential }),
        ]);
        expect(attempts.map((x) => x.status)).toEqual([404, 404, 404, 404, 404]);
      }
      // Keys are managed by people: a key gets 403 before any look-up, a person 404.
      expect((await call(t, 'DELETE', `/api-keys/${other.apiKey.id}`, { token: me.token })).status).toBe(404);
    }
    for (const x of [a, b]) {
      const site = await t.server.store.getSite(x.site.id);
      expect(site).toMatchObject({ name: x.site.name, allowedOrigins: x.site.allowedOrigins });
      expect(await t.server.store.getAgent(x.agentId)).toMatchObject({ active: true, role: 'admin' });
      expect(await t.server.store.accounts.getInvitation(x.invitation.id)).toMatchObject({ acceptedAt: null });
      expect(await t.server.store.accounts.getApiKey(x.apiKey.id)).not.toBeNull();
      expect((await call(t, 'GET', '/auth/me', { token: x.token })).status).toBe(200);
    }
  });

  it('keeps a site key’s widget to its own site: the other workspace’s origins are not honoured', async () => {
    await expect(t.visitor({ siteKey: b.site.key, origin: 'https://shop.example' })).resolves.toBeTruthy();
    await expect(t.visitor({ siteKey: b.site.key, origin: t.url })).rejects.toBeTruthy();
  });
});
