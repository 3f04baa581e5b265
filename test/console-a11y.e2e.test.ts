import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { agentCommand } from '@parley/shared';
import { axeViolations, sidewaysOverflow } from './support/axe-page.js';
import { launchChromium } from './support/chromium.js';
import { agentSocket, visitorSocket, type AgentSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Every console page in Chromium (issue 12 item 5): axe-core finds nothing on the whole page
 * (landmarks, one main, one h1, contrast included), and at 390 px nothing scrolls sideways.
 * Signed in as the demo admin on the demo server, with a visitor's conversation open in the
 * inbox; signed out pages on the same server; the set-up page on an empty production server.
 */
interface ConsolePage {
  name: string;
  path: string;
  /** A selector that shows once the page has what it shows. */
  ready: string;
  signedIn: boolean;
}

let conversationId = '';
const pages = (): ConsolePage[] => [
  { name: 'inbox with a conversation open', path: `conversations/${conversationId}`, ready: '.conversation-pane #reply-text', signedIn: true },
  { name: 'visitors', path: 'visitors', ready: '#content h1', signedIn: true },
  { name: 'triggers', path: 'triggers', ready: '#content h1', signedIn: true },
  { name: 'reports', path: 'reports', ready: '#content h1', signedIn: true },
  { name: 'live board', path: 'supervision', ready: '.board', signedIn: true },
  { name: 'bots', path: 'bots', ready: '#content h1', signedIn: true },
  { name: 'knowledge base', path: 'articles', ready: '#content h1', signedIn: true },
  { name: 'settings', path: 'settings', ready: '#content h1', signedIn: true },
  { name: 'sites', path: 'sites', ready: '.ui-table', signedIn: true },
  { name: 'team', path: 'team', ready: '.ui-table', signedIn: true },
  { name: 'API keys', path: 'api-keys', ready: '.ui-page h1', signedIn: true },
  { name: 'failed mail', path: 'mail', ready: '.ui-page h1', signedIn: true },
  { name: 'my account', path: 'account', ready: '.account-grid', signedIn: true },
  { name: 'contacts', path: 'contacts', ready: '.ui-page h1', signedIn: true },
  { name: 'canned replies', path: 'canned-replies', ready: '.ui-page h1', signedIn: true },
  { name: 'login', path: '', ready: 'input[type=password]', signedIn: false },
  { name: 'forgot password', path: 'forgot-password', ready: 'input[type=email]', signedIn: false },
];

describe('console pages with axe-core, in Chromium', () => {
  let server: ServerProcess;
  let empty: ServerProcess;
  let browser: Browser;
  let session: { token: string; agent: unknown };
  let visitor: VisitorSocket;
  let agent: AgentSocket;

  beforeAll(async () => {
    [server, empty, browser] = await Promise.all([
      ServerProcess.start(),
      ServerProcess.start({ NODE_ENV: 'production', JWT_SECRET: 'e2e-a11y-secret-e2e-a11y-secret-0123456' }),
      launchChromium(),
    ]);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
    });
    session = (await login.json()) as typeof session;
    visitor = await visitorSocket(server.url);
    const sent = await visitor.timeout(10_000).emitWithAck('message:send', { clientId: 'a11y-visitor-first-01', text: 'Hello, where is my parcel?' });
    if (!sent.ok) throw new Error(sent.error.message);
    conversationId = sent.data.conversationId;
    agent = await agentSocket(server.url, session.token);
    const reply = await agentCommand(agent, 'message:send', { conversationId, clientId: 'a11y-agent-reply-0001', text: 'Let me check.', internal: false }, 10_000);
    if (!reply.ok) throw new Error(reply.error.message);
  }, 60_000);
  afterAll(async () => {
    visitor?.close();
    agent?.close();
    await browser?.close();
    await Promise.all([server?.dispose(), empty?.dispose()]);
  });

  async function openPage(
    target: ConsolePage,
    width: number,
    url = server.url,
    look: { colorScheme?: 'light' | 'dark'; uiLocale?: string } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'en-US', colorScheme: look.colorScheme ?? 'light', viewport: { width, height: width < 500 ? 844 : 900 } });
    await context.addInitScript(
      ([saved, uiLocale]) => {
        if (uiLocale) localStorage.setItem('parley:console:locale', uiLocale as string);
        if (!saved) return;
        localStorage.setItem('parley:console:token', (saved as typeof session).token);
        localStorage.setItem('parley:console:agent', JSON.stringify((saved as typeof session).agent));
      },
      [target.signedIn ? session : null, look.uiLocale ?? null] as const,
    );
    const page = await context.newPage();
    await page.goto(`${url}/console/${target.path}`);
    await page.locator(target.ready).first().waitFor({ timeout: 15_000 });
    // Let late answers (sites, routing info, the contact panel) land before judging.
    await page.waitForTimeout(400);
    return { context, page };
  }

  const setup: ConsolePage = { name: 'set-up', path: '', ready: 'form input[name=workspaceName]', signedIn: false };

  /**
   * Four passes over every page, each page opened once per pass: axe in English at 1366 px and
   * at 390 px (where nothing may scroll sideways either), in dark mode at 1366 px, and in Arabic
   * at 390 px (right to left: axe, sideways scrolling, and the document's direction). Measuring
   * the 390 px fit in the axe passes, rather than opening every page again for it, keeps this
   * file's share of the suite down as pages are added.
   */
  const passes: { name: string; width: number; look: { colorScheme?: 'light' | 'dark'; uiLocale?: string }; fit: boolean; withSetup: boolean }[] = [
    { name: '1366 px', width: 1366, look: {}, fit: false, withSetup: true },
    { name: '390 px', width: 390, look: {}, fit: true, withSetup: true },
    { name: 'dark mode', width: 1366, look: { colorScheme: 'dark' }, fit: false, withSetup: false },
    { name: 'Arabic (right to left) at 390 px', width: 390, look: { uiLocale: 'ar' }, fit: true, withSetup: true },
  ];
  for (const pass of passes) {
    it(`has no axe violations on any page${pass.fit ? ', and nothing scrolls sideways,' : ''} in ${pass.name}`, async () => {
      const found: string[] = [];
      for (const target of pass.withSetup ? [...pages(), setup] : pages()) {
        const { context, page } = await openPage(target, pass.width, target === setup ? empty.url : server.url, pass.look);
        try {
          if (pass.look.uiLocale && target !== setup) expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
          // One line per page and rule, so a failure reads as a list.
          for (const v of await axeViolations(page)) found.push(`${target.name}: ${v.id} ${v.nodes.slice(0, 3).join(' ')}`);
          // scrollWidth counts what runs off either edge, so right to left is measured too.
          const by = pass.fit ? await sidewaysOverflow(page) : 0;
          if (by > 0) found.push(`${target.name}: scrolls sideways by ${by} px`);
        } finally {
          await context.close();
        }
      }
      expect(found).toEqual([]);
    }, 240_000);
  }

  it('is driven from the keyboard: skip link, j/k, Enter, r, e and ?', async () => {
    const { context, page } = await openPage({ name: 'inbox', path: '', ready: '.inbox-list h1', signedIn: true }, 1366);
    try {
      // The first Tab reaches the skip link; following it puts focus on the main content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');

      // The conversation is in "Mine" (the demo admin answered it).
      await page.getByRole('tab', { name: /^Mine/ }).click();
      await page.locator('.conversation-row').first().waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('j');
      expect(await page.locator('.conversation-row.highlighted').count()).toBe(1);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/console/conversations/${conversationId}$`));
      // Focus follows into the reply box; letters typed there are text, not shortcuts.
      await page.waitForFunction(() => document.activeElement?.id === 'reply-text');
      await page.keyboard.type('je');
      expect(await page.locator('#reply-text').inputValue()).toBe('je');
      expect(await page.locator('.conversation-header h2').count()).toBe(1);

      // r comes back to the reply box from anywhere.
      await page.locator('#content h1').click();
      await page.keyboard.press('r');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-text');

      // ? lists the shortcuts in a dialog; Escape closes it.
      await page.locator('#content h1').click();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Next conversation');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // e closes the open conversation.
      await page.locator('#content h1').click();
      await page.keyboard.press('e');
      await page.getByText('This conversation is closed. Its transcript is read-only.').waitFor({ timeout: 10_000 });
    } finally {
      await context.close();
    }
  }, 60_000);
});
