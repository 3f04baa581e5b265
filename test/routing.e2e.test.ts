import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  agentCommand,
  visitorCommand,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@parley/shared';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';

type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;

/**
 * Routing as people see it in Chromium: a visitor waiting on the demo page watches their place
 * in the queue count down as the one agent closes chats, and the console warns before a
 * waiting chat misses its first-response target.
 */
describe('routing in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let token: string;
  let agent: AgentSocket;
  const sockets: Socket[] = [];

  const api = (method: string, path: string, body: unknown) =>
    fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const visitorSays = async (text: string) => {
    const socket: VisitorSocket = io(`${server.url}${VISITOR_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { origin: server.url },
      auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo' },
    });
    sockets.push(socket);
    const ack = await visitorCommand(socket, 'message:send', { clientId: `e2e-${Math.random().toString(36).slice(2, 12)}`, text }, 10_000);
    if (!ack.ok) throw new Error(ack.error.message);
    return ack.data.conversationId;
  };
  const closeMyChat = async () => {
    const mine = await agentCommand(agent, 'conversation:list', { status: ['open'], mine: true }, 10_000);
    if (!mine.ok || !mine.data[0]) throw new Error('the agent has no open chat');
    const closed = await agentCommand(agent, 'conversation:close', { conversationId: mine.data[0].id }, 10_000);
    expect(closed.ok).toBe(true);
  };

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
    });
    const body = (await login.json()) as { token: string; agent: { id: string } };
    token = body.token;
    const sites = (await (await fetch(`${server.url}/api/v1/sites`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      sites: { id: string }[];
    };
    const settings = await api('PATCH', `/sites/${sites.sites[0]!.id}/settings`, {
      firstResponseTargetSeconds: 30,
      slaWarnBeforeSeconds: 20,
      missedAfterSeconds: 3600,
    });
    expect(settings.status).toBe(200);
    // One agent who takes one chat at a time: everyone else waits in line.
    expect((await api('PATCH', `/agents/${body.agent.id}`, { capacity: 1 })).status).toBe(200);
    agent = io(`${server.url}${AGENT_NAMESPACE}`, { transports: ['websocket'], forceNew: true, auth: { protocol: PROTOCOL_VERSION, token } });
    sockets.push(agent);
    await new Promise<void>((resolve) => agent.once('session', () => resolve()));
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await server?.dispose();
  });

  it('shows a waiting visitor a live queue position that counts down', async () => {
    await visitorSays('first in line');
    await visitorSays('second in line');
    await visitorSays('third in line');
    const page: Page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill('我在排队吗？ Am I in the queue?');
    await composer.press('Enter');
    const place = page.locator('.queue');
    await expect.poll(() => place.textContent(), { timeout: 15_000 }).toMatch(/You are number 3 in the queue\. Estimated wait: \d+ minutes?\./);
    await closeMyChat();
    await expect.poll(() => place.textContent(), { timeout: 10_000 }).toMatch(/You are number 2 in the queue/);
    await closeMyChat();
    await expect.poll(() => place.textContent(), { timeout: 10_000 }).toMatch(/You are number 1 in the queue/);
    await closeMyChat();
    // Taken: the queue line goes, the acknowledgement stays in the transcript.
    await expect.poll(() => place.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByText(/Typical reply time/).count()).toBe(1);
  });

  it('warns in the console before a waiting chat misses its first-response target', async () => {
    const question = 'SLA 测试：有人吗？';
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Email').fill('agent@demo.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('main').waitFor();
    // The visitor writes once the console is up, so a slow sign-in does not eat the clock.
    await visitorSays(question);
    const row = page.getByRole('button', { name: new RegExp(question) });
    // Within the target: the clock against it. 30 s target, warned 20 s before (10 s in).
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/First response 0:0\d \/ 0:30/);
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toMatch(/First response due in 0:[12]\d/);
    await row.click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /First response due in|First response target missed/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The status the agent chose is shown, and kept.
    await page.getByRole('button', { name: /^Account menu for / }).click();
    expect(await page.getByLabel('Status').inputValue()).toBe('online');
  });
});
