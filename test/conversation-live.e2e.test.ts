import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { demoAdmin } from './support/parley-clients.js';
import { exeBytes, noisePng } from './support/png-file.js';
import { ServerProcess } from './support/server-process.js';

/**
 * The live conversation (issue 13) with both apps in Chromium against the real server
 * process: typing both ways, the sneak peek switch, "Seen" across a reload, a pasted 5 MB
 * screenshot reaching the console as a thumbnail, a renamed .exe refused, and a rating
 * reaching the console.
 */
describe('the live conversation in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let visitorContext: BrowserContext;
  let agentContext: BrowserContext;
  let visitor: Page;
  let agent: Page;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  /** The demo site's settings route (its id is not its key). */
  let settingsPath: string;
  const question = 'Hello, can you see my screenshot? 你好';

  const widget = (css: string) => visitor.locator(`parley-widget ${css}`);
  const composer = () => widget('#parley-input');
  const reply = () => agent.getByRole('textbox', { name: 'Reply' });

  /** Milliseconds until `css` shows on `page`, watched in the page (every animation frame) from before `act`. */
  async function shownWithin(page: Page, css: string, text: RegExp, act: () => Promise<void>): Promise<number> {
    const watch = page.waitForFunction(
      ({ css, source }) => {
        const pierce = (root: ParentNode): Element[] => [...root.querySelectorAll(css), ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? pierce(e.shadowRoot) : []))];
        return pierce(document).some((e) => new RegExp(source).test(e.textContent ?? ''));
      },
      { css, source: text.source },
      { polling: 'raf', timeout: 10_000 },
    );
    // Timed from the first keystroke to the line showing, not to the end of all the typing.
    const start = Date.now();
    const acting = act();
    await watch;
    const elapsed = Date.now() - start;
    await acting;
    return elapsed;
  }

  /** Pastes a file into a field as a screenshot paste does (a ClipboardEvent carrying it). */
  async function paste(page: Page, field: ReturnType<Page['locator']>, name: string, type: string, bytes: Buffer): Promise<void> {
    await field.evaluate(
      (el, { name, type, b64 }) => {
        const raw = atob(b64);
        const data = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type }));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      },
      { name, type, b64: bytes.toString('base64') },
    );
  }

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    admin = await demoAdmin(server.url);
    const sites = await admin.call<{ id: string; key?: string; siteKey?: string }[] | { sites: { id: string; key?: string; siteKey?: string }[] }>('GET', '/sites');
    const list = Array.isArray(sites) ? sites : sites.sites;
    const demo = list.find((s) => s.key === 'demo' || s.siteKey === 'demo') ?? list[0]!;
    settingsPath = `/sites/${demo.id}/settings`;
    visitorContext = await browser.newContext({ locale: 'en-US' });
    agentContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a visitor writes and the agent opens the conversation: "Seen" shows, and is still there after a reload', async () => {
    visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/`);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    await composer().fill(question);
    await composer().press('Enter');
    await expect.poll(() => widget('.meta').filter({ hasText: 'Sent' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await widget('.meta').filter({ hasText: 'Seen' }).count()).toBe(0);

    agent = await agentContext.newPage();
    await agent.goto(`${server.url}/console/`);
    await agent.getByLabel('Email').fill('agent@demo.test');
    await agent.getByLabel('Password').fill('demo-password');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.getByRole('tab', { name: /All open/ }).click();
    await agent.getByRole('button', { name: new RegExp(question.slice(0, 20)) }).first().click({ timeout: 15_000 });
    await agent.locator('ol.transcript').getByText(question).waitFor();

    await widget('.meta').filter({ hasText: 'Seen' }).waitFor({ timeout: 10_000 });
    await visitor.reload();
    await widget('.meta').filter({ hasText: 'Seen' }).waitFor({ timeout: 15_000 });
  }, 90_000);

  it('shows the agent typing in the widget within 500 ms, and clears it when the reply is sent', async () => {
    await reply().click();
    const ms = await shownWithin(visitor, '.typing', /is typing/, () => reply().pressSequentially('Let me check', { delay: 20 }));
    expect(ms).toBeLessThanOrEqual(500);
    await reply().press('Enter');
    await widget('.msg').filter({ hasText: 'Let me check' }).waitFor();
    await expect.poll(() => widget('.typing').textContent(), { timeout: 2000 }).toBe('');
  }, 30_000);

  it('shows the visitor typing in the console within 500 ms without a draft while sneak peek is off, and clears it on send', async () => {
    await composer().click();
    const ms = await shownWithin(agent, '.live-typing', /is typing/, () => composer().pressSequentially('Thanks, one more', { delay: 20 }));
    expect(ms).toBeLessThanOrEqual(500);
    // The switch is off: no notice in the widget, no draft in the console.
    expect(await widget('.sneak').count()).toBe(0);
    expect(await agent.locator('.live-draft').count()).toBe(0);
    await composer().press('Enter');
    await agent.locator('ol.transcript').getByText('Thanks, one more').waitFor();
    await expect.poll(() => agent.locator('.live-typing').count(), { timeout: 2000 }).toBe(0);
  }, 30_000);

  it('with sneak peek on, tells the visitor and shows the agent the draft', async () => {
    await admin.call('PATCH', settingsPath, { sneakPeek: true });
    try {
      await visitor.reload();
      await visitor.getByRole('button', { name: /chat/i }).first().waitFor();
      if (!(await composer().isVisible())) await visitor.getByRole('button', { name: 'Open chat' }).click();
      await widget('.sneak').waitFor({ timeout: 10_000 });
      await composer().pressSequentially('my order number is 1042', { delay: 10 });
      await agent.locator('.live-draft').filter({ hasText: 'my order number is 1042' }).waitFor({ timeout: 5000 });
      await composer().fill('');
    } finally {
      await admin.call('PATCH', settingsPath, { sneakPeek: false });
    }
  }, 30_000);

  it('a 5 MB PNG pasted in the widget appears in the console as a thumbnail', async () => {
    const png = noisePng(5 * 1024 * 1024);
    expect(png.length).toBeGreaterThan(5 * 1000 * 1000);
    await paste(visitor, composer(), 'screenshot.png', 'image/png', png);
    await widget('.thumb img').waitFor({ timeout: 30_000 });
    const thumb = agent.locator('.attachment-thumb img');
    await thumb.waitFor({ timeout: 30_000 });
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    // The viewer opens it at full size.
    await agent.locator('.attachment-thumb').click();
    await agent.locator('.image-viewer img').waitFor();
    await agent.keyboard.press('Escape');
  }, 90_000);

  it('refuses an .exe renamed .png, with an error in the widget, and sends nothing', async () => {
    const before = await agent.locator('ol.transcript > li').count();
    await paste(visitor, composer(), 'invoice.png', 'image/png', exeBytes());
    await widget('.uploads li.failed').filter({ hasText: 'invoice.png' }).waitFor({ timeout: 15_000 });
    await agent.waitForTimeout(500);
    expect(await agent.locator('ol.transcript > li').count()).toBe(before);
  }, 30_000);

  it('asks a new visitor the pre-chat form before the first message, checks it inline, and never asks again', async () => {
    const fields = [
      { id: 'name', kind: 'name', required: true },
      { id: 'email', kind: 'email', required: true },
    ];
    await admin.call('PATCH', settingsPath, { prechat: { enabled: true, fields } });
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      const w = (css: string) => page.locator(`parley-widget ${css}`);
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Open chat' }).click();
      await w('.prechat').waitFor({ timeout: 10_000 });
      // Enter in the composer leads to the form, sending nothing.
      await w('#parley-input').fill('hello before the form');
      await w('#parley-input').press('Enter');
      expect(await w('.msg.mine').count()).toBe(0);
      await w('.prechat button[type=submit]').click();
      expect(await w('.prechat .error').count()).toBe(2);
      await w('#parley-pc-name').fill('Lin Mei');
      await w('#parley-pc-email').fill('not-an-email');
      await w('.prechat button[type=submit]').click();
      await w('.prechat .error').filter({ hasText: 'name@example.com' }).waitFor();
      await w('#parley-pc-email').fill('mei@example.com');
      await w('.prechat button[type=submit]').click();
      await w('.prechat').waitFor({ state: 'detached', timeout: 10_000 });
      await w('#parley-input').press('Enter');
      await w('.msg.mine').first().waitFor();
      await page.reload();
      await page.locator('parley-widget .panel:not([hidden])').or(page.getByRole('button', { name: 'Open chat' })).first().waitFor();
      await page.waitForTimeout(1000);
      expect(await w('.prechat').count()).toBe(0);
    } finally {
      await context.close();
      await admin.call('PATCH', settingsPath, { prechat: { enabled: false, fields: [] } });
    }
  }, 60_000);

  it('asks for a rating when the chat closes, and the rating reaches the console', async () => {
    await agent.getByRole('button', { name: 'Close conversation' }).click();
    await widget('.rating').waitFor({ timeout: 15_000 });
    await widget('.rating label').nth(3).click(); // 4 of 5
    await widget('#parley-rating-comment').fill('Quick and kind');
    await widget('.rating button[type=submit]').click();
    await widget('.by-email[role=status]').filter({ hasText: /Thank you/ }).waitFor();
    const badge = agent.locator('.conversation-rating');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.textContent()).toContain('4 of 5');
    expect(await badge.textContent()).toContain('Quick and kind');
  }, 30_000);
});
