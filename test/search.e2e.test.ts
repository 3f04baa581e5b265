import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { agentCommand, visitorCommand } from '@parley/shared';
import { axeViolations, wholePageRules } from './support/axe-page.js';
import { launchChromium } from './support/chromium.js';
import { agentSocket, demoAdmin, visitorSocket, type AgentSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Conversation search in Chromium (issue 14): a visitor writes in Traditional Chinese and the
 * conversation is closed; in the console Ctrl+K opens search, a Simplified query finds the
 * message with its words marked, axe-core finds nothing in the dialog, and the result opens the
 * closed conversation at that message.
 */
describe('console search', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  let agent: AgentSocket;
  let visitor: VisitorSocket;
  let conversationId: string;
  let messageId: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    admin = await demoAdmin(server.url);
    agent = await agentSocket(server.url, admin.token);
    visitor = await visitorSocket(server.url);
    const lines = ['你好', '請問退款需要多久才會到帳？', ...Array.from({ length: 30 }, (_, i) => `第 ${i + 1} 行：訂單資料`)];
    for (const [i, text] of lines.entries()) {
      const sent = await visitorCommand(visitor, 'message:send', { clientId: `search-${i}-${Date.now()}`, text }, 10_000);
      if (!sent.ok) throw new Error(sent.error.message);
      conversationId = sent.data.conversationId;
      if (i === 1) messageId = sent.data.id;
    }
    const closed = await agentCommand(agent, 'conversation:close', { conversationId }, 10_000);
    if (!closed.ok) throw new Error(closed.error.message);
  });
  afterAll(async () => {
    visitor?.disconnect();
    agent?.disconnect();
    await browser?.close();
    await server?.dispose();
  });

  it('Ctrl+K, a Simplified query finds the Traditional message, and the result opens the conversation at it', async () => {
    // The index runs just behind delivery.
    await expect.poll(async () => (await admin.call<{ items: unknown[] }>('GET', `/search?q=${encodeURIComponent('退款')}`)).items.length, { timeout: 10_000 }).toBe(1);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/`);
    await page.locator('#email, input[type=email]').first().fill('agent@demo.test');
    await page.locator('input[type=password]').fill('demo-password');
    await page.locator('button[type=submit]').click();
    await page.locator('.rail').waitFor();

    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: '搜索会话' });
    const box = dialog.getByRole('searchbox', { name: '搜索消息和联系人' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('退款到账');
    const result = dialog.getByRole('link', { name: /請問退款需要多久才會到帳/ });
    await result.waitFor({ timeout: 10_000 });
    expect(await result.locator('mark').allTextContents()).toEqual(['退款', '到帳']);
    expect(await result.textContent()).toContain('已结束');
    expect(await axeViolations(page, { include: '.search-dialog', disable: wholePageRules })).toEqual([]);

    await result.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/console/conversations/${conversationId}`);
    expect(await dialog.count()).toBe(0);
    const target = page.locator(`[data-message-id="${messageId}"]`);
    await expect.poll(() => target.evaluate((el) => el.classList.contains('search-target')), { timeout: 10_000 }).toBe(true);
    // Scrolled to it: the message is inside the transcript's visible part, though 30 lines follow it.
    const [box1, pane] = await Promise.all([target.boundingBox(), page.locator('.transcript').boundingBox()]);
    expect(box1!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(box1!.y + box1!.height).toBeLessThanOrEqual(pane!.y + pane!.height);
    await context.close();
  });
});
