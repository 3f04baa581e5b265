import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Mention } from '@parley/shared';
import { axeViolations } from './support/axe-page.js';
import { launchChromium } from './support/chromium.js';
import { demoAdmin, visitorSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Tags and mentions (issue 14 part 2) with two agents' consoles in Chromium against the real
 * server: A (the demo admin) writes "@Bea Chen please look" through the note's @ picker; B's
 * console toasts it and counts it in the rail; B opens it from the Mentions view (the
 * conversation opens, the mention is read on the server). A adds a new tag from the header: A's
 * row shows it, B's row shows it live, and the tag filter narrows the list. axe-core on the
 * Mentions view and the Tags page with content.
 */
describe('mentions and tags in two consoles', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  let bea: { token: string; agent: { id: string } };
  let contexts: BrowserContext[] = [];
  let a: Page;
  let b: Page;
  let visitors: VisitorSocket[] = [];
  let tagged = '';
  let other = '';

  /** A signed-in console page for `session` at 1366 px. */
  async function consoleFor(session: { token: string; agent: unknown }, path: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    await context.addInitScript((saved) => {
      localStorage.setItem('parley:console:token', saved.token);
      localStorage.setItem('parley:console:agent', JSON.stringify(saved.agent));
    }, session);
    const page = await context.newPage();
    await page.goto(`${server.url}/console/${path}`);
    return page;
  }

  async function visitorWrites(text: string, clientId: string): Promise<string> {
    const visitor = await visitorSocket(server.url);
    visitors.push(visitor);
    const sent = await visitor.timeout(10_000).emitWithAck('message:send', { clientId, text });
    if (!sent.ok) throw new Error(sent.error.message);
    return sent.data.conversationId;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([ServerProcess.start(), launchChromium()]);
    admin = await demoAdmin(server.url);
    const { invitation } = await admin.call<{ invitation: { url: string } }>('POST', '/invitations', { email: 'bea@demo.test', role: 'agent' });
    const token = invitation.url.split('#')[1];
    const accepted = await fetch(`${server.url}/api/v1/invitations/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bea Chen', password: 'bea long password 42' }),
    });
    bea = (await accepted.json()) as typeof bea;
    expect(bea.token).toBeTruthy();
    tagged = await visitorWrites('My refund has not arrived', 'e2e-tags-visitor-00001');
    other = await visitorWrites('Do you ship to Canada?', 'e2e-tags-visitor-00002');
    const me = await admin.call<{ agent: unknown }>('GET', '/auth/me');
    a = await consoleFor({ token: admin.token, agent: me.agent }, `conversations/${tagged}`);
    b = await consoleFor(bea, '');
    await Promise.all([a.locator('#reply-text').waitFor({ timeout: 20_000 }), b.locator('.inbox-list h1').waitFor({ timeout: 20_000 })]);
  }, 90_000);
  afterAll(async () => {
    for (const v of visitors) v.close();
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.dispose();
  });

  it("A's note names B through the @ picker; B gets a toast and a count, and opening the mention opens the conversation and reads it", async () => {
    await a.getByRole('checkbox', { name: 'Internal note' }).check();
    const box = a.locator('#reply-text');
    await box.pressSequentially('@Be');
    const option = a.getByRole('listbox', { name: 'Colleagues to mention' }).getByRole('option', { name: /Bea Chen/ });
    await option.waitFor();
    await box.press('Enter');
    expect(await box.inputValue()).toBe('@Bea Chen ');
    await box.pressSequentially('please look');
    await box.press('Enter');
    await a.locator('ol.transcript').getByText('@Bea Chen please look').waitFor();

    await b.locator('.ui-toast').filter({ hasText: 'Bea Chen' }).getByText(/mentioned you: @Bea Chen please look/).waitFor({ timeout: 10_000 });
    const link = b.getByRole('link', { name: 'Mentions 1 unread' });
    await link.click();
    const item = b.getByRole('button', { name: /mentioned you/ });
    await item.waitFor();
    expect(await b.locator('.mention-item.unread').count()).toBe(1);
    expect(await axeViolations(b)).toEqual([]);

    await item.click();
    await b.waitForURL(new RegExp(`/console/conversations/${tagged}$`));
    await b.locator('ol.transcript').getByText('@Bea Chen please look').waitFor();
    await b.getByRole('link', { name: 'Mentions', exact: true }).waitFor();
    const read = await fetch(`${server.url}/api/v1/mentions`, { headers: { authorization: `Bearer ${bea.token}` } });
    const { mentions } = (await read.json()) as { mentions: Mention[] };
    expect(mentions.map((m) => [m.conversationId, m.readAt !== null])).toEqual([[tagged, true]]);
  }, 60_000);

  it('a tag added from the header shows on both consoles’ rows, and the filter narrows the list', async () => {
    await b.goto(`${server.url}/console/`);
    await b.getByRole('tab', { name: /All open/ }).click();
    await b.locator('.conversation-row').nth(1).waitFor();

    await a.getByRole('button', { name: 'Add tag' }).click();
    const search = a.getByRole('combobox', { name: 'Find or create a tag' });
    await search.fill('Refund 退款');
    await search.press('Enter');
    await a.getByRole('button', { name: 'Remove tag Refund 退款' }).waitFor();
    await a.getByRole('tab', { name: /All open/ }).click();
    await a.locator(`#row-${tagged} .row-tags .tag-chip`).getByText('Refund 退款').waitFor();

    // The colleague's list hears the change (conversation:updated) and learns the new tag.
    await b.locator(`#row-${tagged} .row-tags .tag-chip`).getByText('Refund 退款').waitFor({ timeout: 10_000 });
    expect(await b.locator(`#row-${other}`).count()).toBe(1);
    await b.getByLabel('Tag', { exact: true }).selectOption({ label: 'Refund 退款' });
    await expect.poll(() => b.locator('.conversation-row').count()).toBe(1);
    expect(await b.locator(`#row-${tagged}`).count()).toBe(1);
    await b.getByLabel('Tag', { exact: true }).selectOption({ label: 'All tags' });
    await expect.poll(() => b.locator('.conversation-row').count()).toBe(2);

    await a.goto(`${server.url}/console/tags`);
    await a.locator('.ui-table').getByText('Refund 退款').waitFor();
    expect(await axeViolations(a)).toEqual([]);
  }, 60_000);
});
