import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webhookHeaders, type BotCredentials } from '@parley/shared';
import { verifyWebhook } from '../src/domain/bots/webhook/webhook-signature.js';
import { adminApi } from './bot-helpers.js';
import { eventually, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

interface Received {
  status: number;
  at: number;
  body: string;
  headers: IncomingMessage['headers'];
}

/** A webhook receiver that answers each request with the next status from `script` (then 200). */
async function receiver(script: number[]): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const status = script.shift() ?? 200;
      got.push({ status, at: Date.now(), body, headers: req.headers });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, server };
}

describe('webhook outbox', () => {
  let t: TestServer;
  let hook: Awaited<ReturnType<typeof receiver>> | null = null;
  beforeEach(async () => {
    // The test's receiver listens on loopback, which webhooks may reach only when allowed.
    t = await startTestServer({ BOT_WEBHOOK_RETRY_BASE_MS: '100', BOT_WEBHOOK_MAX_ATTEMPTS: '4', ALLOW_PRIVATE_WEBHOOKS: 'true' });
  });
  afterEach(async () => {
    hook?.server.close();
    await t.close();
  });

  const webhookBot = async (url: string) => {
    const created = await adminApi<BotCredentials>(t, 'POST', '/bots', { name: 'Hook bot', mode: 'webhook', webhookUrl: url, answerTimeoutMs: 60_000 });
    await adminApi(t, 'PUT', '/sites/demo/bot', { botId: created.bot.id });
    return created;
  };

  it('retries after a 500 with growing delays, signs every attempt, and keeps the body identical', async () => {
    hook = await receiver([500, 500]);
    const bot = await webhookBot(hook.url);
    const visitor = await t.visitor();
    await visitorSays(visitor, '你好 webhook');
    await expect
      .poll(async () => (await t.server.store.bots.listDeliveries(bot.bot.id, 10)).map((d) => d.status), { timeout: 5000 })
      .toEqual(['delivered', 'delivered']);
    const all = hook.got;
    // The first two requests (whichever event) failed and were retried later.
    expect(all[0]!.status).toBe(500);
    expect(all[1]!.status).toBe(500);
    for (const r of all) {
      expect(verifyWebhook(bot.webhookSecret, r.headers[webhookHeaders.signature] as string, r.headers[webhookHeaders.timestamp] as string, r.body, Math.floor(Date.now() / 1000))).toBe(true);
    }
    const byDelivery = new Map<string, Received[]>();
    for (const r of all) byDelivery.set(r.headers[webhookHeaders.delivery] as string, [...(byDelivery.get(r.headers[webhookHeaders.delivery] as string) ?? []), r]);
    const retried = [...byDelivery.values()].find((list) => list.length >= 2)!;
    expect(new Set(retried.map((r) => r.body)).size).toBe(1);
    expect(retried[1]!.at - retried[0]!.at).toBeGreaterThanOrEqual(90);
    const deliveries = await t.server.store.bots.listDeliveries(bot.bot.id, 10);
    expect(deliveries.map((d) => d.event).sort()).toEqual(['conversation.created', 'message.created']);
  });

  it('marks a webhook that keeps failing unhealthy, gives up after the last attempt, and skips it for new chats', async () => {
    hook = await receiver(Array(20).fill(503));
    const bot = await webhookBot(hook.url);
    const visitor = await t.visitor();
    await visitorSays(visitor, 'hello?');
    await eventually(() => hook!.got.length >= 3, 5000);
    const listed = async () => (await adminApi<{ bots: Array<{ id: string; healthy: boolean }> }>(t, 'GET', '/bots')).bots.find((b) => b.id === bot.bot.id);
    await expect.poll(async () => (await listed())?.healthy, { timeout: 5000 }).toBe(false);
    await expect.poll(async () => (await t.server.store.bots.listDeliveries(bot.bot.id, 10)).map((d) => d.status), { timeout: 8000 }).toEqual(['failed', 'failed']);
    const failed = await t.server.store.bots.listDeliveries(bot.bot.id, 10);
    expect(failed.every((d) => d.attempts === 4 && d.lastError === 'HTTP 503')).toBe(true);
    const other = await t.visitor();
    const next = await visitorSays(other, 'new visitor');
    expect(await t.server.store.getConversation(next.conversationId)).toMatchObject({ botId: null, status: 'waiting' });
  });
});
