import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Contact, Conversation } from '@parley/shared';
import { axeViolations } from './support/axe-page.js';
import { launchChromium } from './support/chromium.js';
import { agentCommand } from '@parley/shared';
import { agentSocket, demoAdmin, visitorSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * The Contacts page and the inbox's contact panel in Chromium against the real server: visitors
 * say who they are over real sockets, then an agent finds one, edits an attribute, merges two
 * (both conversations listed after), sees every browser's conversations in the contact panel,
 * and deletes a contact. axe-core on the page and on the open drawer.
 */
describe('the Contacts page in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  const visitors: VisitorSocket[] = [];
  /** A visitor who says who they are and writes one line: their contact and conversation. */
  async function identified(identity: { name?: string; email: string }, text: string): Promise<{ contactId: string; conversationId: string }> {
    const socket = await visitorSocket(server.url);
    visitors.push(socket);
    const who = await socket.timeout(10_000).emitWithAck('visitor:identify', identity);
    if (!who.ok) throw new Error(who.error.message);
    const sent = await socket.timeout(10_000).emitWithAck('message:send', { clientId: `e2e-contacts-${visitors.length}`.padEnd(21, '0'), text });
    if (!sent.ok) throw new Error(sent.error.message);
    return { contactId: who.data.contactId, conversationId: sent.data.conversationId };
  }
  let mei: { contactId: string; conversationId: string };
  let meiWork: { contactId: string; conversationId: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([ServerProcess.start(), launchChromium()]);
    admin = await demoAdmin(server.url);
    mei = await identified({ name: '陳美玲', email: 'meiling.chen@example.tw' }, '請問發票什麼時候會寄出？');
    meiWork = await identified({ email: 'mei.chen@work.example' }, 'Writing from my work laptop about the invoice.');
    // No entrance animations: axe judges colours as drawn, not halfway through a fade.
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    const session = { token: admin.token, agent: (await admin.call<{ agent: unknown }>('GET', '/auth/me')).agent };
    await context.addInitScript((saved) => {
      localStorage.setItem('parley:console:token', saved.token);
      if (saved.agent) localStorage.setItem('parley:console:agent', JSON.stringify(saved.agent));
    }, session);
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    for (const v of visitors) v.close();
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('finds a contact, edits an attribute, and merges two contacts keeping both conversations', async () => {
    await page.goto(`${server.url}/console/contacts`);
    await page.locator('.ui-table tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);

    // Chinese names in the other script when the server folds them (陈 for 陳), else the email.
    const folded = (await admin.call<{ contacts: Contact[] }>('GET', `/contacts?q=${encodeURIComponent('陈美玲')}`)).contacts.length > 0;
    await page.getByLabel('Search contacts').fill(folded ? '陈美玲' : 'MEILING.CHEN@');
    await page.locator('.ui-table tbody tr').filter({ hasText: 'mei.chen@work.example' }).waitFor({ state: 'detached' });
    expect(await page.locator('.ui-table tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: '陳美玲' }).click();
    const drawer = page.getByRole('dialog', { name: '陳美玲' });
    await drawer.locator('.contact-conversation').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // An attribute, added in place, is stored.
    await drawer.getByLabel('Attribute', { exact: true }).fill('plan');
    await drawer.getByLabel('Value', { exact: true }).fill('Business');
    await drawer.getByRole('button', { name: 'Add attribute' }).click();
    await drawer.getByLabel('plan', { exact: true }).waitFor();
    await expect.poll(async () => (await admin.call<{ contact: Contact }>('GET', `/contacts/${mei.contactId}`)).contact.attributes).toEqual({ plan: 'Business' });

    // Merge the work address into this contact: the dialog says what happens, then both conversations are listed.
    await drawer.getByRole('button', { name: 'Merge…' }).click();
    const merge = page.getByRole('dialog', { name: /Merge another contact into 陳美玲/ });
    await merge.getByLabel('Find the other contact').fill('work.example');
    await merge.getByRole('button', { name: 'Choose mei.chen@work.example' }).click();
    expect(await merge.textContent()).toContain('Every conversation of both contacts is kept');
    expect(await axeViolations(page)).toEqual([]);
    await merge.getByRole('button', { name: 'Merge contacts' }).click();
    await merge.waitFor({ state: 'detached' });
    await drawer.locator('.contact-conversation').nth(1).waitFor();
    const lines = await drawer.locator('.contact-conversation-line').allTextContents();
    expect(lines.sort()).toEqual(['Writing from my work laptop about the invoice.', '請問發票什麼時候會寄出？']);
    const kept = await admin.call<{ conversations: Conversation[] }>('GET', `/contacts/${mei.contactId}/conversations`);
    expect(kept.conversations.map((c) => c.id).sort()).toEqual([mei.conversationId, meiWork.conversationId].sort());
    await expect(admin.call('GET', `/contacts/${meiWork.contactId}`)).rejects.toThrow(/404/);
  }, 60_000);

  it("shows every browser's conversations in the inbox's contact panel, with the verified state and attributes", async () => {
    await page.goto(`${server.url}/console/conversations/${mei.conversationId}`);
    const panel = page.locator('.contact-panel');
    await panel.locator('.contact-attributes').waitFor({ timeout: 15_000 });
    expect(await panel.locator('.contact-name').textContent()).toBe('陳美玲');
    expect(await panel.textContent()).toContain('Not verified');
    // The other conversation is the work laptop's: another browser, known only through the contact.
    await panel.locator('.contact-conversation', { hasText: 'Writing from my work laptop' }).waitFor();
    expect(await panel.getByLabel('plan', { exact: true }).inputValue()).toBe('Business');
    await panel.locator('.contact-conversation', { hasText: 'Writing from my work laptop' }).click();
    await page.waitForURL(new RegExp(`/console/conversations/${meiWork.conversationId}$`));
  }, 30_000);

  it('refuses to delete a contact while a conversation is open, then deletes it with its conversations once that one is closed', async () => {
    const omar = await identified({ name: 'Omar Haddad', email: 'omar@example.ae' }, 'هل يمكنني تغيير عنوان التوصيل؟');
    await page.goto(`${server.url}/console/contacts/${omar.contactId}`);
    const drawer = page.getByRole('dialog', { name: 'Omar Haddad' });
    await drawer.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete Omar Haddad?' });
    await confirm.getByLabel('Type Omar Haddad to confirm').fill('Omar Haddad');
    const remove = confirm.getByRole('button', { name: 'Delete contact and conversations' });
    // Open: the server refuses (409) and the dialog says why; nothing is deleted.
    await remove.click();
    await confirm.getByRole('alert').waitFor();
    expect(await admin.call<{ contact: Contact }>('GET', `/contacts/${omar.contactId}`)).toMatchObject({ contact: { id: omar.contactId } });
    // Closed: deleted, with the conversation.
    const agent = await agentSocket(server.url, admin.token);
    try {
      const closed = await agentCommand(agent, 'conversation:close', { conversationId: omar.conversationId }, 10_000);
      expect(closed.ok).toBe(true);
    } finally {
      agent.close();
    }
    await remove.click();
    await confirm.waitFor({ state: 'detached' });
    await drawer.waitFor({ state: 'detached' });
    await expect(admin.call('GET', `/contacts/${omar.contactId}`)).rejects.toThrow(/404/);
    await expect(admin.call('GET', `/conversations/${omar.conversationId}/messages`)).rejects.toThrow(/404/);
    // The list drops the row once the deletion is done.
    await page.getByRole('button', { name: 'Omar Haddad' }).waitFor({ state: 'detached', timeout: 10_000 });
  }, 30_000);
});
