import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { adminApi } from './bot-helpers.js';
import { visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * Webhook URLs may not reach this host or its networks (ALLOW_PRIVATE_WEBHOOKS unset): refused
 * when saved, and refused again when connecting, for a name that resolves to such an address
 * only by then (DNS rebinding).
 */
describe('webhook URLs and private addresses', () => {
  let t: TestServer;
  let hook: Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    t = await startTestServer({ BOT_WEBHOOK_RETRY_BASE_MS: '100', BOT_WEBHOOK_MAX_ATTEMPTS: '2' });
    hook = createServer((_req, res) => {
      hits++;
      res.writeHead(200).end();
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
    port = (hook.address() as AddressInfo).port;
  });
  afterAll(async () => {
    hook.close();
    await t.close();
  });

  it('refuses to save a webhook URL on loopback, private, link-local or metadata addresses, naming the field', async () => {
    const token = await t.agentToken();
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`, 'http://[::1]/hook', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/hook', 'http://[::ffff:127.0.0.1]/']) {
      const res = await fetch(`${t.url}/api/v1/bots`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Sneaky', mode: 'webhook', webhookUrl: url }),
      });
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.issues.map((i) => i.path)).toEqual(['webhookUrl']);
    }
    expect((await t.server.store.bots.listBots((await t.server.store.getSiteByKey(DEMO.siteKey))!.workspaceId)).filter((b) => b.name === 'Sneaky')).toEqual([]);
  });

  it('refuses at connect time a name that resolves to loopback by then, and never reaches it', async () => {
    // As if `localhost` had pointed at a public address when the URL was saved (DNS rebinding).
    const site = (await t.server.store.getSiteByKey(DEMO.siteKey))!;
    const record = await t.server.store.bots.createBot({
      id: `bot_${nanoid(12)}`,
      workspaceId: site.workspaceId,
      name: 'Rebound',
      avatarUrl: null,
      mode: 'webhook',
      webhookUrl: `http://localhost:${port}/hook`,
      answerTimeoutMs: 60_000,
      healthy: true,
      tokenHash: 'unused',
      webhookSecret: 'whsec_test',
      createdAt: Date.now(),
    });
    await adminApi(t, 'PUT', '/sites/demo/bot', { botId: record.id });
    await visitorSays(await t.visitor(), 'hello, bot?');
    await expect
      .poll(async () => (await t.server.store.bots.listDeliveries(record.id, 10)).map((d) => d.status), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['failed']));
    const deliveries = await t.server.store.bots.listDeliveries(record.id, 10);
    expect(deliveries.find((d) => d.status === 'failed')?.lastError).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1)/);
    expect(hits).toBe(0);
  });
});
