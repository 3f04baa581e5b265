import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { agentCommand, visitorCommand, type Agent, type SupervisionBoard } from '@parley/shared';
import { axeViolations } from './support/axe-page.js';
import { launchChromium } from './support/chromium.js';
import { agentSocket, demoAdmin, visitorSocket, type AgentSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Supervision in Chromium (issue 14): the demo admin's live board shows a visitor waiting, with
 * a wait that ticks, and a second visitor appears in the queue without a reload; axe-core finds
 * nothing on it; from the board the admin opens the chat and assigns it to a colleague from the
 * conversation header, and then watches it (the reply box gives way to whisper and take over).
 */
describe('the live board and assigning from the header', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  let agent: AgentSocket;
  let colleague: Agent;
  const visitors: VisitorSocket[] = [];

  const visitorWrites = async (text: string) => {
    const visitor = await visitorSocket(server.url);
    visitors.push(visitor);
    const sent = await visitorCommand(visitor, 'message:send', { clientId: `sv-${visitors.length}-${Date.now()}`, text }, 10_000);
    if (!sent.ok) throw new Error(sent.error.message);
    return sent.data.conversationId;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([ServerProcess.start(), launchChromium()]);
    admin = await demoAdmin(server.url);
    // Away: routing gives the admin nothing, so the visitor stays in the queue.
    agent = await agentSocket(server.url, admin.token);
    const away = await agentCommand(agent, 'agent:status', { status: 'away' }, 10_000);
    if (!away.ok) throw new Error(away.error.message);
    const invited = await admin.call<{ invitation: { url: string } }>('POST', '/invitations', { email: 'lin@demo.test', role: 'agent' });
    const accepted = await fetch(`${server.url}/api/v1/invitations/${invited.invitation.url.split('#')[1]}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '林小华', password: 'a long enough password' }),
    });
    colleague = ((await accepted.json()) as { agent: Agent }).agent;
  }, 60_000);
  afterAll(async () => {
    for (const v of visitors) v.disconnect();
    agent?.disconnect();
    await browser?.close();
    await server?.dispose();
  });

  it('shows the queue live, passes axe-core, and assigns a chat from the header', async () => {
    const conversationId = await visitorWrites('我的订单还没到');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
    });
    // Signed in as the login page would leave it (the login form has its own tests).
    await context.addInitScript((session) => {
      localStorage.setItem('parley:console:token', session.token);
      localStorage.setItem('parley:console:agent', JSON.stringify(session.agent));
    }, (await login.json()) as { token: string; agent: Agent });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByRole('link', { name: 'Live board' }).click();

    const queue = page.locator('.board .ui-card').filter({ hasText: 'Queues' }).locator('tbody tr', { hasText: 'Any agent' });
    await expect.poll(() => queue.locator('td').nth(1).textContent(), { timeout: 10_000 }).toBe('1');
    const wait = queue.locator('td').nth(2);
    const firstWait = await wait.textContent();
    expect(firstWait).toMatch(/^\d+:\d\d$/);
    await expect.poll(() => wait.textContent(), { timeout: 5_000 }).not.toBe(firstWait);
    const row = page.locator('.board tbody tr', { hasText: 'Nobody yet' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.status-badge').textContent()).toBe('Waiting');

    // A second visitor reaches the open board over the socket's updates, with no reload.
    await visitorWrites('Is anyone there?');
    await expect.poll(() => queue.locator('td').nth(1).textContent(), { timeout: 10_000 }).toBe('2');
    expect(await axeViolations(page)).toEqual([]);

    // Watch the first chat, then assign it to the colleague from the header.
    await page.locator(`.board a[href$="conversations/${conversationId}"]`).click();
    await page.locator('.conversation-header h2').waitFor();
    await page.getByRole('button', { name: 'Assign' }).click();
    await page.locator('.assign-panel').getByRole('button', { name: /林小华/ }).click();
    await expect
      .poll(async () => (await admin.call<{ board: SupervisionBoard }>('GET', '/supervision/board')).board.conversations.find((c) => c.id === conversationId)?.assigneeId, { timeout: 10_000 })
      .toBe(colleague.id);
    // Held by a colleague now: the admin watches, read-only until they act.
    await page.locator('.watch-bar').waitFor({ timeout: 10_000 });
    expect(await page.locator('#reply-text').count()).toBe(0);
    await page.getByRole('link', { name: 'Live board' }).click();
    await expect.poll(() => page.locator('.board tbody tr', { hasText: '林小华' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await context.close();
  });
});
