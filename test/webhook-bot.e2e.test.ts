import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID as nanoid } from 'node:crypto';
import { visitorCommand, type BotCredentials, type Message } from '@parley/shared';
import { verifyParleySignature } from '../scripts/bots/webhook-verify.js';
import { BotProcess, demoAdmin, visitorSocket, type VisitorSocket } from './support/parley-clients.js';
import { freePort, ServerProcess } from './support/server-process.js';

const wait = async (check: () => boolean, ms = 8000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** The example webhook bot (scripts/bots/webhook-bot.ts) as a real process, signed events both ways. */
describe('the example webhook bot', () => {
  let server: ServerProcess;
  let bot: BotProcess;
  let creds: BotCredentials;
  let port: number;
  let visitor: VisitorSocket;
  const heard: Message[] = [];

  beforeAll(async () => {
    // The bot listens on loopback, which webhooks may reach only when allowed.
    server = await ServerProcess.start({ BOT_WEBHOOK_RETRY_BASE_MS: '150', ALLOW_PRIVATE_WEBHOOKS: 'true' });
    port = await freePort();
    const admin = await demoAdmin(server.url);
    creds = await admin.firstBot({ name: 'Hook bot', mode: 'webhook', webhookUrl: `http://127.0.0.1:${port}/parley`, answerTimeoutMs: 60_000 });
    bot = await startBot();
    visitor = await visitorSocket(server.url);
    visitor.on('message:new', (m) => heard.push(m));
  });
  afterAll(async () => {
    visitor?.disconnect();
    await bot?.kill();
    await server?.dispose();
  });
  const startBot = () =>
    BotProcess.start('webhook-bot', { PORT: String(port), PARLEY_URL: server.url, PARLEY_BOT_TOKEN: creds.token, PARLEY_WEBHOOK_SECRET: creds.webhookSecret });

  it('receives signed events, verifies them, and answers through the REST API', async () => {
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: '請問運費？' }, 5000);
    expect(sent.ok).toBe(true);
    await wait(() => heard.some((m) => m.text === 'Echo: 請問運費？' && m.author.type === 'bot'));
    const received = bot.events.filter((e) => e.event === 'received').map((e) => e.type);
    expect(received).toEqual(['conversation.created', 'message.created']);
    expect(bot.events.some((e) => e.event === 'refused')).toBe(false);
  });

  it('the example verifier refuses a wrong signature, a wrong secret and a replayed timestamp', async () => {
    const body = JSON.stringify({ id: 'dlv_x', event: 'message.created', conversation: { id: 'c' } });
    const now = Math.floor(Date.now() / 1000);
    const sign = (secret: string, ts: number) => `sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;
    expect(verifyParleySignature(creds.webhookSecret, body, sign(creds.webhookSecret, now), String(now))).toBe(true);
    expect(verifyParleySignature(creds.webhookSecret, body, sign('whsec_wrong', now), String(now))).toBe(false);
    expect(verifyParleySignature(creds.webhookSecret, body, sign(creds.webhookSecret, now - 3600), String(now - 3600))).toBe(false);
    // The running example bot answers a forged request with 401 and does nothing.
    const forged = await fetch(`http://127.0.0.1:${port}/parley`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-signature': sign('whsec_wrong', now), 'x-parley-timestamp': String(now) },
      body,
    });
    expect(forged.status).toBe(401);
    await bot.waitFor((e) => e.event === 'refused');
  });

  it('an event the bot could not take (process down) is retried and answered once it is back', async () => {
    await bot.kill();
    const text = 'anyone home?';
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text }, 5000);
    expect(sent.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 400)); // at least one failed attempt
    bot = await startBot();
    await wait(() => heard.some((m) => m.text === `Echo: ${text}`));
    expect(heard.filter((m) => m.text === `Echo: ${text}`)).toHaveLength(1);
  });
});
