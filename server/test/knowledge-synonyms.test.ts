import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { visitorCommand, type Article, type ArticleHit } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

const titles = async (visitor: VisitorClient, query: string, locale?: string) => {
  const ack = await visitorCommand(visitor, 'kb:search', { query, ...(locale ? { locale } : {}) }, 5000);
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.data.map((h: ArticleHit) => h.title.map((p) => p.text).join(''));
};

describe('knowledge search: synonyms over REST, and every process sees changes at once', () => {
  const servers: TestServer[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const call = async (t: TestServer, method: string, route: string, body?: unknown, token?: string) => {
    const res = await fetch(`${t.url}/api/v1${route}`, {
      method,
      headers: { authorization: `Bearer ${token ?? (await t.agentToken())}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>) };
  };

  it('lets an admin edit the workspace synonyms, validates them, and search uses them at once', async () => {
    const t = await startTestServer();
    servers.push(t);
    const visitor = await t.visitor();
    const start = await call(t, 'GET', '/knowledge/synonyms');
    expect(start.status).toBe(200);
    expect(start.body!.groups).toEqual([]);
    expect((start.body!.builtIn as string[][]).some((g) => g.includes('定金') && g.includes('订金'))).toBe(true);

    // "Bunny" means nothing to the index until the admin says it is how visitors ask for a refund.
    expect(await titles(visitor, 'bunny', 'en')).toEqual([]);
    const saved = await call(t, 'PUT', '/knowledge/synonyms', { groups: [['bunny', ' refund ', 'refund']] });
    expect(saved.status).toBe(200);
    expect(saved.body!.groups).toEqual([['bunny', 'refund']]);
    expect((await titles(visitor, 'bunny', 'en'))[0]).toBe('When will I get my refund?');
    expect((await call(t, 'GET', '/knowledge/synonyms')).body!.groups).toEqual([['bunny', 'refund']]);

    for (const bad of [{ groups: [['ok', 'a\u0000b']] }, { groups: [['x'.repeat(61), 'y']] }, { groups: 'refund' }, { groups: [['only one']] }]) {
      const res = await call(t, 'PUT', '/knowledge/synonyms', bad);
      expect(res.status, JSON.stringify(bad).slice(0, 60)).toBe(400);
      const issues = (res.body!.error as { issues: Array<{ path: string }> }).issues;
      expect(issues[0]!.path).toMatch(/^groups/);
    }
    expect((await call(t, 'PUT', '/knowledge/synonyms', '{not json')).status).toBe(400);
    expect((await call(t, 'GET', '/knowledge/synonyms')).body!.groups).toEqual([['bunny', 'refund']]);

    const demo = await t.server.store.getSiteByKey('demo');
    await t.server.store.createAgent({
      id: nanoid(),
      workspaceId: demo!.workspaceId,
      email: 'plain@demo.test',
      name: 'Plain Agent',
      role: 'agent',
      capacity: 3,
      passwordHash: await hashPassword('plain-password'),
      createdAt: Date.now(),
    });
    const plain = await t.agentToken('plain@demo.test', 'plain-password');
    expect((await call(t, 'GET', '/knowledge/synonyms', undefined, plain)).status).toBe(403);
    expect((await call(t, 'PUT', '/knowledge/synonyms', { groups: [] }, plain)).status).toBe(403);

    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/knowledge/synonyms']!)).toEqual(['get', 'put']);
  });

  it('answers any input safely: long, emoji, control characters, mixed scripts', async () => {
    const t = await startTestServer();
    servers.push(t);
    const visitor = await t.visitor();
    for (const query of ['😀😀😀', '\u0000\u0007\u202e退款', '退'.repeat(500), 'a-b-c-d-e-f-g '.repeat(35), 'ＲＥＦＵＮＤ 退貨 refund!!']) {
      const ack = await visitorCommand(visitor, 'kb:search', { query }, 5000);
      expect(ack.ok, query.slice(0, 20)).toBe(true);
    }
    expect(await titles(visitor, 'ＲＥＦＵＮＤ', 'en')).toContain('When will I get my refund?');
  });

  it('sees an article written through another server process on the same store at the next search', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-kb-shared-'));
    dirs.push(dataDir);
    const a = await startTestServer({}, { dataDir, keepData: true });
    servers.push(a);
    const b = await startTestServer({}, { dataDir, keepData: true });
    servers.push(b);
    const onB = await b.visitor();
    expect(await titles(onB, '行李寄存', 'zh-CN')).toEqual([]); // warms B's index
    const created = await call(a, 'POST', '/articles', { title: '行李寄存', body: '前台可以免费寄存行李。', keywords: ['寄放行李'], locale: 'zh-CN' });
    expect(created.status).toBe(201);
    expect(await titles(onB, '可以寄放行李嗎', 'zh-TW')).toEqual(['行李寄存']);

    const id = (created.body!.article as Article).id;
    await call(a, 'PUT', `/articles/${id}`, { title: '寄放物品', body: '前台可以免费寄存行李。', keywords: [], locale: 'zh-CN' });
    expect(await titles(onB, '寄放物品', 'zh-CN')).toEqual(['寄放物品']);
    await call(a, 'PUT', '/knowledge/synonyms', { groups: [['luggage', '寄存']] });
    expect(await titles(onB, 'luggage', 'en')).toEqual(['寄放物品']);
    expect((await call(a, 'DELETE', `/articles/${id}`)).status).toBe(204);
    expect(await titles(onB, '寄放物品', 'zh-CN')).not.toContain('寄放物品');
  });
});
