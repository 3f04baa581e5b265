import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Bot, BotCredentials } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { adminApi, connectBot } from './bot-helpers.js';
import { errorCode } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('bot accounts over REST', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('shows the token once, keeps only its hash, and a rotation retires the old token', async () => {
    const created = await adminApi<BotCredentials>(t, 'POST', '/bots', { name: '小幫手', mode: 'socket', avatarUrl: 'https://cdn.example/bot.png' });
    expect(created.token).toMatch(/^pbt_/);
    expect(created.webhookSecret).toMatch(/^whsec_/);
    const stored = await t.server.store.bots.getBot(created.bot.id);
    expect(stored?.tokenHash).not.toContain(created.token);
    const listed = await adminApi<{ bots: Bot[] }>(t, 'GET', '/bots');
    const body = JSON.stringify(listed);
    expect(body).toContain('小幫手');
    expect(body).not.toContain(created.token);
    expect(body).not.toContain(created.webhookSecret);
    expect(body).not.toContain('tokenHash');

    (await connectBot(t, created.token)).disconnect();
    const rotated = await adminApi<BotCredentials>(t, 'POST', `/bots/${created.bot.id}/rotate`);
    await expect(connectBot(t, created.token)).rejects.toSatisfy((err) => errorCode(err) === 'unauthorized');
    (await connectBot(t, rotated.token)).disconnect();

    const avatar = await fetch(`${t.url}/api/v1/bots/${created.bot.id}/avatar`, { redirect: 'manual' });
    expect(avatar.status).toBe(302);
    expect(avatar.headers.get('location')).toBe('https://cdn.example/bot.png');

    await adminApi(t, 'DELETE', `/bots/${created.bot.id}`);
    await expect(connectBot(t, rotated.token)).rejects.toSatisfy((err) => errorCode(err) === 'unauthorized');
  });

  it('validates input, refuses non-admins and documents the routes', async () => {
    const post = (body: unknown, token: string) =>
      fetch(`${t.url}/api/v1/bots`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const admin = await t.agentToken();
    const bad = await post({ name: 'Hook', mode: 'webhook' }, admin);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/webhookUrl/);
    expect((await post({ name: 'x', mode: 'socket', avatarUrl: 'javascript:alert(1)' }, admin)).status).toBe(400);

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
    expect((await post({ name: 'Mine', mode: 'socket' }, plain)).status).toBe(403);
    const bots = await fetch(`${t.url}/api/v1/bots`, { headers: { authorization: `Bearer ${plain}` } });
    expect(bots.status).toBe(200);
    const bot = await fetch(`${t.url}/api/v1/bot/conversations`, { headers: { authorization: `Bearer ${plain}` } });
    expect(bot.status).toBe(401);

    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    for (const path of ['/bots', '/bots/{id}/rotate', '/bot/conversations/{id}/messages', '/bot/conversations/{id}/handoff', '/articles', '/articles/search']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
