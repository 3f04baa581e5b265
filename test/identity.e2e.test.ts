import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Contact, Site } from '@parley/shared';
import { launchChromium } from './support/chromium.js';
import { demoAdmin } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Verified identity in Chromium (issue 14): a signed-in user's laptop and phone are two
 * browser contexts (no shared storage) on the demo page, each calling
 * `Parley('identify', { userId, userHash, … })` as a site would. The phone shows the laptop's
 * conversation; a wrong hash is told to the page's script and links nothing. (The unverified
 * claim of a verified user is refused at the socket: server/test/contacts-identity.test.ts.)
 */
describe('verified identity across two browsers', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  let secret: string;
  const userId = 'customer-2024';
  const question = '我在电脑上问过：退款什么时候到账？';

  const contactOf = async () => (await admin.call<{ contacts: Contact[] }>('GET', `/contacts?q=${userId}`)).contacts.find((c) => c.userId === userId && c.verified);

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    admin = await demoAdmin(server.url);
    const site = (await admin.call<{ sites: Site[] }>('GET', '/sites')).sites[0]!;
    secret = (await admin.call<{ secret: string }>('POST', `/sites/${site.id}/identity-secret`)).secret;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** A fresh browser (its own storage) on the demo page that identifies before the widget loads, as the README's snippet does. */
  async function signedInPage(userHash: string, warnings: string[] = []): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(
      ({ userId, userHash }) => {
        const w = window as unknown as { Parley: ((...a: unknown[]) => void) & { q?: unknown[] }; identifyErrors: unknown[] };
        w.identifyErrors = [];
        w.Parley = w.Parley || ((...args: unknown[]) => void (w.Parley.q = w.Parley.q || []).push(args));
        w.Parley('on', 'identify:error', (e: unknown) => w.identifyErrors.push(e));
        w.Parley('identify', { userId, userHash, name: '王小梅', email: 'mei@shop.example' });
      },
      { userId, userHash },
    );
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    return page;
  }
  const hash = (key: string) => createHmac('sha256', key).update(userId).digest('hex');

  it('the laptop identifies with a valid hash and chats; the phone, identified as the same user, shows that conversation', async () => {
    const laptop = await signedInPage(hash(secret));
    const composer = laptop.getByRole('textbox', { name: 'Message' });
    await composer.fill(question);
    await composer.press('Enter');
    await expect.poll(() => laptop.getByText('Sending…').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => (await contactOf())?.name, { timeout: 15_000 }).toBe('王小梅');

    const phone = await signedInPage(hash(secret));
    await expect.poll(() => phone.getByText(question).count(), { timeout: 20_000 }).toBe(1);
    // The phone now speaks for the user's visitor: what it writes joins the same conversation.
    const reply = phone.getByRole('textbox', { name: 'Message' });
    await reply.fill('Written on my phone');
    await reply.press('Enter');
    await expect.poll(() => laptop.getByText('Written on my phone').count(), { timeout: 15_000 }).toBe(1);
    expect(await phone.evaluate(() => (window as unknown as { identifyErrors: unknown[] }).identifyErrors)).toEqual([]);
  });

  it('a wrong hash is told to the page’s script and links nothing', async () => {
    const before = await contactOf();
    const warnings: string[] = [];
    const intruder = await signedInPage(hash('not-the-secret'), warnings);
    await expect
      .poll(() => intruder.evaluate(() => (window as unknown as { identifyErrors: unknown[] }).identifyErrors), { timeout: 20_000 })
      .toEqual([{ code: 'forbidden', message: expect.stringContaining('userHash does not match') }]);
    expect(warnings.join('\n')).toContain('identify refused');
    // Nothing linked: the user's contact has the same browsers, and the page shows none of their chat.
    expect((await contactOf())?.visitorIds).toEqual(before?.visitorIds);
    expect(await intruder.getByText(question).count()).toBe(0);
  });
});
