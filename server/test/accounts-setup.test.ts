import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, SetupResult, Site, VisitorSession } from '@parley/shared';
import { errorCode } from './conversation-helpers.js';
import { call, issuePaths, setupBody } from './accounts-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** From an empty data directory to a signed-in admin with a site whose widget may load. */
describe('first run over REST', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ SEED_DEMO: 'false' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('asks for set-up on an empty store, names each invalid field, and creates nothing for a refused body', async () => {
    expect((await call(t, 'GET', '/setup')).body).toEqual({ needed: true, signupAllowed: false });
    const bad = await call(t, 'POST', '/setup', {
      body: { name: ' ', email: 'not-an-email', password: 'short', workspaceName: '', site: { name: 'Shop', origin: 'https://shop.example/pricing' } },
    });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual(['email', 'name', 'password', 'site.origin', 'workspaceName']);
    const common = await call(t, 'POST', '/setup', { body: setupBody({ password: 'Password123' }) });
    expect(common.status).toBe(400);
    expect(common.body.error?.issues?.[0]).toMatchObject({ path: 'password', message: expect.stringContaining('common') });
    expect((await call(t, 'GET', '/setup')).body).toMatchObject({ needed: true });
    expect(await t.server.store.accounts.hasAnyAgent()).toBe(false);
  });

  it('sets up once: a normalised admin signed in at once, the site allowing its address, then 409 changing nothing', async () => {
    const answer = await call<SetupResult>(t, 'POST', '/setup', { body: setupBody({ email: '  Mei@Shop.EXAMPLE ', site: { name: 'Shop', origin: 'HTTPS://Shop.Example/' } }) });
    expect(answer.status).toBe(201);
    const { token, agent, workspace, site } = answer.body;
    expect(agent).toMatchObject({ email: 'mei@shop.example', role: 'admin', workspaceId: workspace.id, active: true });
    expect(agent).not.toHaveProperty('passwordHash');
    expect(site).toMatchObject({ workspaceId: workspace.id, allowedOrigins: ['https://shop.example'], lastSeen: null });
    expect((await call<{ agent: Agent }>(t, 'GET', '/auth/me', { token })).body.agent.id).toBe(agent.id);
    expect((await call(t, 'GET', '/setup')).body).toMatchObject({ needed: false });

    const again = await call(t, 'POST', '/setup', { body: setupBody({ email: 'other@shop.example' }) });
    expect(again.status).toBe(409);
    expect(await t.server.store.getAgentByEmail('other@shop.example')).toBeNull();
    expect((await call(t, 'POST', '/signup', { body: setupBody({ email: 'other@shop.example' }) })).status).toBe(403);

    // The widget loads from the site's address with the default look, and from nowhere else.
    const visitor = await t.visitor({ siteKey: site.key, origin: 'https://shop.example' });
    const session = await new Promise<VisitorSession>((resolve) => {
      visitor.once('session', resolve);
      visitor.disconnect().connect();
    });
    expect(session.site.appearance).toMatchObject({ launcherSide: 'right', replyTime: 'auto' });
    await expect(t.visitor({ siteKey: site.key, origin: 'https://elsewhere.example' })).rejects.toSatisfy((e) => errorCode(e) === 'origin_not_allowed');
    const login = await call<{ token: string }>(t, 'POST', '/auth/login', { body: { email: 'MEI@shop.example', password: 'a long enough secret' } });
    expect(login.status).toBe(200);
    const sites = await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: login.body.token });
    expect(sites.body.sites.map((s) => s.key)).toEqual([site.key]);
  });

  it('documents every accounts route in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /setup', 'POST /setup', 'POST /signup', 'GET /sites', 'POST /sites', 'PATCH /sites/{id}', 'DELETE /sites/{id}',
        'GET /agents', 'PATCH /agents/{id}', 'GET /invitations', 'POST /invitations', 'DELETE /invitations/{id}', 'POST /invitations/{id}/resend',
        'POST /invitations/{token}/accept', 'GET /auth/me', 'PATCH /auth/me', 'POST /auth/password', 'POST /auth/sign-out-everywhere',
        'POST /auth/password-reset', 'POST /auth/password-reset/{token}', 'GET /api-keys', 'POST /api-keys', 'DELETE /api-keys/{id}',
      ]),
    );
  });

  it('lets exactly one of two racing set-ups through', async () => {
    const answers = await Promise.all([
      call(t, 'POST', '/setup', { body: setupBody({ email: 'a@shop.example' }) }),
      call(t, 'POST', '/setup', { body: setupBody({ email: 'b@shop.example' }) }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });
});

describe('sign-up with ALLOW_SIGNUP=true', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates a separate workspace with its own admin and site, and refuses a taken email', async () => {
    expect((await call(t, 'GET', '/setup')).body).toEqual({ needed: false, signupAllowed: true });
    const answer = await call<SetupResult>(t, 'POST', '/signup', { body: setupBody() });
    expect(answer.status).toBe(201);
    const demoSite = await t.server.store.getSiteByKey('demo');
    expect(answer.body.workspace.id).not.toBe(demoSite!.workspaceId);
    const sites = await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: answer.body.token });
    expect(sites.body.sites.map((s) => s.id)).toEqual([answer.body.site.id]);
    expect((await call(t, 'POST', '/signup', { body: setupBody({ email: 'MEI@shop.example' }) })).status).toBe(409);
    expect((await call(t, 'POST', '/signup', { body: { ...setupBody(), site: { name: 'x', origin: 'ftp://x.example' } } })).status).toBe(400);
  });
});
