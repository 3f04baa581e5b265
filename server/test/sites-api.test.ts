import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Site, VisitorSession } from '@parley/shared';
import { errorCode } from './conversation-helpers.js';
import { call, issuePaths } from './accounts-helpers.js';
import { connectAgents } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

type Answer = { site: Site };

/** Sites over REST: what the console's site pages need, and what the widget then reads. */
describe('sites over REST', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.agentToken();
  });
  afterAll(async () => {
    await t.close();
  });

  const pageView = (key: string, origin: string, url: string) =>
    fetch(`${t.url}/api/v1/visitor/pageview`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin },
      body: JSON.stringify({ siteKey: key, session: nanoid(12), visitStartedAt: Date.now(), pages: 1, url }),
    });

  it('creates a site with normalised origins and a look, names each invalid field, and creates nothing for a refused body', async () => {
    const bad = await call(t, 'POST', '/sites', {
      token: admin,
      body: { name: '', allowedOrigins: ['https://ok.example', 'https://shop.example/path', '*', 'ftp://x.example'], appearance: { brandColor: 'blue', launcherSide: 'top' } },
    });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual(['allowedOrigins.1', 'allowedOrigins.2', 'allowedOrigins.3', 'appearance.brandColor', 'appearance.launcherSide', 'name']);
    const before = await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: admin });

    const created = await call<Answer>(t, 'POST', '/sites', {
      token: admin,
      body: { name: '商店', allowedOrigins: ['HTTPS://*.Shop.Example/', 'http://localhost:8080'], locale: 'zh-CN', appearance: { brandColor: '#FF6600', welcome: { 'zh-CN': '您好！' } } },
    });
    expect(created.status).toBe(201);
    const site = created.body.site;
    expect(site).toMatchObject({ name: '商店', allowedOrigins: ['https://*.shop.example', 'http://localhost:8080'], locale: 'zh-CN', lastSeen: null });
    expect(site.key).toMatch(/^[a-z0-9]{12}$/);
    expect(site.appearance).toEqual({ brandColor: '#ff6600', launcherSide: 'right', welcome: { 'zh-CN': '您好！' }, teamName: null, avatarUrl: null, replyTime: 'auto' });
    expect(site.settings).toMatchObject({ strategy: 'least_busy' });
    const after = await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: admin });
    expect(after.body.sites.map((s) => s.id)).toEqual([...before.body.sites.map((s) => s.id), site.id]);
    // Today's fields stay: the demo site is listed with its key and name.
    expect(after.body.sites[0]).toMatchObject({ key: 'demo', name: expect.any(String), allowedOrigins: ['self'] });
  });

  it('renames, merges a change of look, and hands the look to the widget with its session', async () => {
    const { site } = (await call<Answer>(t, 'POST', '/sites', { token: admin, body: { name: 'Shop', allowedOrigins: ['https://*.shop.example'] } })).body;
    const refused = await call(t, 'PATCH', `/sites/${site.id}`, { token: admin, body: { appearance: { brandColor: '#12345g' }, allowedOrigins: ['nope'] } });
    expect(refused.status).toBe(400);
    expect(issuePaths(refused)).toEqual(['allowedOrigins.0', 'appearance.brandColor']);
    const patched = await call<Answer>(t, 'PATCH', `/sites/${site.id}`, {
      token: admin,
      body: { name: 'Shop EU', appearance: { launcherSide: 'left', teamName: 'Support', replyTime: 'hours' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.site).toMatchObject({ name: 'Shop EU', allowedOrigins: ['https://*.shop.example'] });
    const again = await call<Answer>(t, 'PATCH', `/sites/${site.id}`, { token: admin, body: { appearance: { brandColor: '#0a0a0a' } } });
    expect(again.body.site.appearance).toMatchObject({ brandColor: '#0a0a0a', launcherSide: 'left', teamName: 'Support', replyTime: 'hours' });

    const visitor = await t.visitor({ siteKey: site.key, origin: 'https://www.shop.example' });
    const session = await new Promise<VisitorSession>((resolve) => {
      visitor.once('session', resolve);
      visitor.disconnect().connect();
    });
    expect(session.site).toMatchObject({ name: 'Shop EU', appearance: { brandColor: '#0a0a0a', launcherSide: 'left', teamName: 'Support' } });
    await expect(t.visitor({ siteKey: site.key, origin: 'https://shop.example.evil.test' })).rejects.toSatisfy((e) => errorCode(e) === 'origin_not_allowed');
  });

  it('records where the widget loaded from an allowed origin, not from another', async () => {
    const { site } = (await call<Answer>(t, 'POST', '/sites', { token: admin, body: { name: 'Check', allowedOrigins: ['https://check.example'] } })).body;
    expect((await pageView(site.key, 'https://evil.example', 'https://evil.example/')).status).toBe(403);
    expect((await pageView(site.key, 'https://check.example', 'https://check.example/pricing')).status).toBe(200);
    let seen: Site | undefined;
    // The write is not awaited by the beacon: read until it lands.
    for (let i = 0; i < 50 && !seen?.lastSeen; i++) {
      seen = (await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: admin })).body.sites.find((s) => s.id === site.id);
      if (!seen?.lastSeen) await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen?.lastSeen).toMatchObject({ url: 'https://check.example/pricing', at: expect.any(Number) });
    expect(Date.now() - seen!.lastSeen!.at).toBeLessThan(10_000);
  });

  it('deletes a site: gone from the list, its widget stops loading; agents may read sites but not change them', async () => {
    const { site } = (await call<Answer>(t, 'POST', '/sites', { token: admin, body: { name: 'Old', allowedOrigins: ['https://old.example'] } })).body;
    const [agent] = await connectAgents(t, 1, { capacity: 2, prefix: 'site-reader' });
    expect((await call(t, 'GET', '/sites', { token: agent!.token })).status).toBe(200);
    expect((await call(t, 'POST', '/sites', { token: agent!.token, body: { name: 'x' } })).status).toBe(403);
    expect((await call(t, 'PATCH', `/sites/${site.id}`, { token: agent!.token, body: { name: 'x' } })).status).toBe(403);
    expect((await call(t, 'DELETE', `/sites/${site.id}`, { token: agent!.token })).status).toBe(403);

    expect((await call(t, 'DELETE', `/sites/${site.id}`, { token: admin })).status).toBe(204);
    expect((await call(t, 'DELETE', `/sites/${site.id}`, { token: admin })).status).toBe(404);
    expect((await call(t, 'PATCH', `/sites/${site.id}`, { token: admin, body: { name: 'back' } })).status).toBe(404);
    const list = await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: admin });
    expect(list.body.sites.some((s) => s.id === site.id)).toBe(false);
    await expect(t.visitor({ siteKey: site.key, origin: 'https://old.example' })).rejects.toSatisfy((e) => errorCode(e) === 'not_found');
  });
});
