import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { ErrorBody, Site } from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { adminApi, connectAgents, createDepartment } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** What the console's settings form reads and how a refused save names the fields. */
describe("a site's settings over REST", () => {
  let t: TestServer;
  let site: Site;
  beforeAll(async () => {
    t = await startTestServer();
    site = (await t.server.store.getSiteByKey(DEMO.siteKey))!;
  });
  afterAll(async () => {
    await t.close();
  });

  const read = async (res: Response) => (await res.json()) as { site: Site; error?: ErrorBody };

  it('reads the settings in full, defaults filled in, and then what an admin saved', async () => {
    const fresh = await read(await adminApi(t, 'GET', `/sites/${site.id}/settings`));
    expect(fresh.site).toMatchObject({ id: site.id, key: DEMO.siteKey });
    expect(fresh.site.settings).toMatchObject({ strategy: 'least_busy', defaultCapacity: 3, hours: null, firstResponseTargetSeconds: 120 });

    const hours = { timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '12:00'], ['13:30', '18:00']] } };
    const saved = await adminApi(t, 'PATCH', `/sites/${site.id}/settings`, { hours, autoAck: { enabled: true, text: { 'zh-CN': '您好，我们会在 {time} 内回复。' } } });
    expect(saved.status).toBe(200);
    const again = await read(await adminApi(t, 'GET', `/sites/${site.id}/settings`));
    expect(again.site.settings).toMatchObject({ hours, autoAck: { text: { 'zh-CN': '您好，我们会在 {time} 内回复。' } }, idleCloseMinutes: 30 });
  });

  it('names each invalid field of a refused save, and saves none of it', async () => {
    const before = await read(await adminApi(t, 'GET', `/sites/${site.id}/settings`));
    const bad = await adminApi(t, 'PATCH', `/sites/${site.id}/settings`, {
      defaultCapacity: 7,
      hours: { timeZone: 'Mars/Olympus', weekly: { tue: [['18:00', '09:00']] } },
    });
    expect(bad.status).toBe(400);
    const { error } = await read(bad);
    expect(error?.code).toBe('bad_request');
    expect(error?.issues?.map((i) => i.path).sort()).toEqual(['hours.timeZone', 'hours.weekly.tue.0']);
    const after = await read(await adminApi(t, 'GET', `/sites/${site.id}/settings`));
    expect(after.site.settings).toEqual(before.site.settings);

    const rule = await adminApi(t, 'PATCH', `/sites/${site.id}/settings`, { departmentRules: [{ urlContains: '/pricing', departmentId: 'gone' }] });
    expect(rule.status).toBe(400);
    expect((await read(rule)).error?.issues).toEqual([{ path: 'departmentRules.0.departmentId', message: 'no department gone' }]);
    const billing = await createDepartment(t, { name: '账单', memberIds: [] });
    const ok = await adminApi(t, 'PATCH', `/sites/${site.id}/settings`, { departmentRules: [{ urlContains: '/pricing', departmentId: billing.id }] });
    expect(ok.status).toBe(200);
  });

  it("refuses an agent (403) and hides another workspace's site (404)", async () => {
    const [plain] = await connectAgents(t, 1, { capacity: 1 });
    expect((await adminApi(t, 'GET', `/sites/${site.id}/settings`, undefined, plain!.token)).status).toBe(403);
    const workspace = await t.server.store.createWorkspace({ id: nanoid(), name: 'Other', createdAt: Date.now() });
    const other = await t.server.store.createSite({
      id: nanoid(),
      workspaceId: workspace.id,
      key: `other-${nanoid(6)}`,
      name: 'Other',
      allowedOrigins: ['self'],
      locale: null,
      createdAt: Date.now(),
    });
    expect((await adminApi(t, 'GET', `/sites/${other.id}/settings`)).status).toBe(404);
    expect((await adminApi(t, 'PATCH', `/sites/${other.id}/settings`, { defaultCapacity: 5 })).status).toBe(404);
    expect((await fetch(`${t.url}/api/v1/sites/${site.id}/settings`)).status).toBe(401);
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/sites/{id}/settings']!)).toEqual(expect.arrayContaining(['get', 'patch']));
  });
});
