import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, VISITOR_NAMESPACE, type Agent, type CannedReply, type Message, type Site } from '@parley/shared';
import { axeViolations } from './support/axe-page.js';
import { launchChromium } from './support/chromium.js';
import { demoAdmin, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Canned replies end to end (issue 14 part 1): the admin writes replies over REST, the agent in
 * the console types `/ref` and picks one by keyboard only, and the visitor (a Traditional Chinese
 * browser) receives the Traditional text with the variables filled in; then axe-core on the
 * canned replies page, its editor, and the open picker.
 */
describe('canned replies in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let visitor: VisitorSocket;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  let me: Agent;
  let site: Site;
  let conversationId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([ServerProcess.start(), launchChromium()]);
    admin = await demoAdmin(server.url);
    me = (await admin.call<{ agent: Agent }>('GET', '/auth/me')).agent;
    site = (await admin.call<{ sites: Site[] }>('GET', '/sites')).sites.find((s) => s.key === 'demo')!;
    visitor = await new Promise<VisitorSocket>((resolve, reject) => {
      const socket: VisitorSocket = io(`${server.url}${VISITOR_NAMESPACE}`, {
        transports: ['websocket'],
        forceNew: true,
        extraHeaders: { origin: server.url },
        auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo', locale: 'zh-TW' },
      });
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
    const sent = await visitor.timeout(10_000).emitWithAck('message:send', { clientId: 'canned-e2e-visitor-01', text: '我想退款' });
    if (!sent.ok) throw new Error(sent.error.message);
    conversationId = sent.data.conversationId;
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    await context.addInitScript(
      ([token, agent]) => {
        localStorage.setItem('parley:console:token', token);
        localStorage.setItem('parley:console:agent', agent);
      },
      [admin.token, JSON.stringify(me)] as const,
    );
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    visitor?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('the agent types /ref, picks by keyboard, and the visitor gets the reply in their language, filled in', async () => {
    const texts = (shortcut: string) => ({
      en: `Hi {{visitor.name | there}}, ${shortcut} from {{agent.name}}.`,
      'zh-CN': '{{visitor.name}}您好，退款已处理。',
      'zh-TW': `{{visitor.name | 貴賓}}您好，我是{{site.name}}的{{agent.name}}，${shortcut === 'refund' ? '退款已處理' : '退款稍後處理'}，收據會寄到{{visitor.email}}。`,
    });
    for (const shortcut of ['refund', 'refund-late', 'hello']) {
      await admin.call<{ cannedReply: CannedReply }>('POST', '/canned-replies', { shortcut, scope: 'workspace', texts: texts(shortcut) });
    }
    const received = new Promise<Message>((resolve) => visitor.on('message:new', (m) => m.author.type === 'agent' && resolve(m)));

    await page.goto(`${server.url}/console/conversations/${conversationId}`);
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await reply.waitFor();
    await reply.focus();
    await page.keyboard.type('/ref');
    const list = page.getByRole('listbox', { name: 'Canned replies' });
    await list.waitFor();
    expect(await list.getByRole('option').allTextContents()).toHaveLength(2);
    // The textbox names the highlighted option; the arrows move it and wrap.
    await page.keyboard.press('ArrowDown');
    expect(await list.getByRole('option', { selected: true }).textContent()).toContain('/refund-late');
    expect(await reply.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option', { selected: true }).getAttribute('id'));
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    const expected = `貴賓您好，我是${site.name}的${me.name}，退款已處理，收據會寄到您的電子郵件。`;
    expect(await reply.inputValue()).toBe(expected);
    await page.keyboard.press('Enter');
    expect((await received).text).toBe(expected);
  }, 60_000);

  it('the canned replies page and its editor pass axe-core', async () => {
    await page.goto(`${server.url}/console/canned-replies`);
    await page.getByText('/refund-late', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit /refund', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit /refund', exact: true });
    await drawer.waitFor();
    // A shortcut with a space is refused inline, before anything is sent.
    await drawer.getByRole('textbox', { name: 'Shortcut' }).fill('ref und');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await drawer.getByText('A shortcut has no spaces.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});

