import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Where a proxy blocks WebSocket, the widget falls back to long-polling, which it fetches only
 * then (chunks/lazy-polling-fallback-*). The page's WebSocket here fails the way a refused
 * upgrade does in a browser: an `error`, then a `close` with code 1006.
 */
const blockWebSocket = `window.WebSocket = class BlockedWebSocket {
  constructor() {
    this.readyState = 0;
    setTimeout(() => {
      this.readyState = 3;
      this.onerror?.(new Event('error'));
      this.onclose?.({ code: 1006, reason: '', wasClean: false });
    }, 20);
  }
  send() {}
  close() {}
};`;

describe('the widget where WebSocket is blocked', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('opens a long-polling session, fetched only once WebSocket has failed, and chats over it', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(blockWebSocket);
    const fetched: string[] = [];
    const pollingSessions: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.searchParams.get('transport') === 'polling' && url.searchParams.has('sid') && r.ok()) pollingSessions.push(url.searchParams.get('sid')!);
    });
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    // The engine.io session is open over long-polling: the server answered requests carrying its id.
    await expect.poll(() => pollingSessions.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(fetched.filter((p) => /\/widget\/app\/chunks\/lazy-polling-fallback-[\w-]+\.js$/.test(p))).toHaveLength(1);
    // The demo page shares the server's origin, so Chromium sends no Origin on a polling GET; its
    // Sec-Fetch-Site: same-origin lets the handshake through, and a message is stored and acknowledged.
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill('WebSocket 被挡住了，长轮询还能聊天吗？');
    await composer.press('Enter');
    await expect.poll(() => page.getByText('WebSocket 被挡住了，长轮询还能聊天吗？').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByText('Sending…').count(), { timeout: 15_000 }).toBe(0);
    await context.close();
  });
});
