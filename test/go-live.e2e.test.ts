import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Agent, Conversation, Site } from '@parley/shared';
import { launchChromium } from './support/chromium.js';
import { freePort, ServerProcess } from './support/server-process.js';
import { SmtpSink } from './support/smtp-sink.js';

const tokenOf = (page: Page) => page.evaluate(() => localStorage.getItem('parley:console:token'));

async function rest<T>(server: ServerProcess, token: string, method: string, path: string): Promise<T> {
  const res = await fetch(`${server.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  expect(res.status, `${method} ${path}`).toBe(200);
  return (await res.json()) as T;
}

/** A business's own website: a second web server on another port, one page carrying the snippet. */
async function startShop(port: number, snippet: () => string): Promise<Server> {
  const shop = createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/pricing') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body><h1>Shop</h1>${snippet()}</body></html>`);
  });
  await new Promise<void>((resolve) => shop.listen(port, '127.0.0.1', resolve));
  return shop;
}

/**
 * Issue 11's road from an empty data directory to "our own customers chat with our own team", in
 * Chromium against a production server whose mail goes through a real SMTP server: the set-up
 * page creates the account and a site whose address is a second local web server; that server's
 * page carries the snippet and its widget chats; the admin invites a colleague from the Team page,
 * the invitation arrives by mail, the colleague accepts it in another browser, takes the waiting
 * chat and answers it, and the visitor reads the answer; removing the colleague's access then
 * signs their console out and their token is refused.
 */
describe('going live, end to end', () => {
  let smtp: SmtpSink;
  let server: ServerProcess;
  let shop: Server;
  let shopOrigin: string;
  let browser: Browser;
  let siteKey = '';

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    const port = await freePort();
    const shopPort = await freePort();
    shopOrigin = `http://127.0.0.1:${shopPort}`;
    server = await ServerProcess.start(
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'e2e-go-live-secret-e2e-go-live-secret-0123',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Shop Help <help@shop.example>',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        MAIL_RETRY_BASE_MS: '200',
      },
      { port },
    );
    shop = await startShop(shopPort, () => `<script src="${server.url}/widget.js" data-site="${siteKey}" async></script>`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (shop ? shop.close(r) : r(null)));
    await server?.dispose();
    await smtp?.stop();
  });

  it('set-up, the widget on our own site, an invitation by mail, a colleague who answers, and removing their access', async () => {
    // 1. Set-up: the console opens on its set-up page on an empty server.
    const admin = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await admin.goto(`${server.url}/console/`);
    await admin.getByRole('heading', { name: 'Set up Parley' }).waitFor({ timeout: 15_000 });
    await admin.getByLabel('Your name').fill('Mei Lin');
    await admin.getByLabel('Work email').fill('mei@shop.example');
    await admin.getByLabel('Password', { exact: true }).fill('a long and private password');
    await admin.getByLabel('Company or team name').fill('Shop Inc.');
    await admin.getByLabel('Site name').fill('Shop');
    await admin.getByLabel('Website address').fill(shopOrigin);
    await admin.getByRole('button', { name: 'Create account' }).click();
    await // Signed in: the person menu at the foot of the rail.
    await admin.getByRole('button', { name: /^Account menu for / }).waitFor({ timeout: 15_000 });

    // The snippet, as the site's drawer shows it to be pasted.
    await admin.getByRole('link', { name: 'Sites' }).click();
    await admin.getByRole('button', { name: 'Edit Shop' }).click();
    const snippet = (await admin.getByLabel('Embed snippet').textContent())!;
    siteKey = /data-site="([^"]+)"/.exec(snippet)![1]!;
    expect(snippet).toBe(`<script src="${server.url}/widget.js" data-site="${siteKey}" async></script>`);
    await admin.getByRole('button', { name: 'Cancel' }).click();

    // The admin steps away, so the visitor's chat waits in the queue for someone to take it.
    await admin.getByRole('link', { name: 'Inbox' }).click();
    await admin.getByRole('button', { name: /^Account menu for / }).click();
    await admin.getByLabel('Status').selectOption('away');
    await admin.keyboard.press('Escape');

    // 2. A visitor on the shop's own page (another origin) opens the widget and writes.
    const visitor = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await visitor.goto(`${shopOrigin}/pricing`);
    await visitor.getByRole('button', { name: 'Open chat' }).click({ timeout: 15_000 });
    const composer = visitor.getByRole('textbox', { name: 'Message' });
    await composer.fill('Do you ship to Taipei?');
    await composer.press('Enter');
    await expect.poll(() => visitor.getByText(/Typical reply time/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const adminToken = (await tokenOf(admin))!;
    const waiting = async () => (await rest<{ conversations: Conversation[] }>(server, adminToken, 'GET', '/conversations?status=waiting')).conversations;
    await expect.poll(async () => (await waiting()).length, { timeout: 10_000 }).toBe(1);

    // 3. The admin invites a colleague from the Team page; with SMTP configured it is mailed.
    await admin.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('button', { name: 'Invite people' }).click();
    await admin.getByRole('dialog').getByLabel('Email').fill('jun@shop.example');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByText('Invitation sent to jun@shop.example.').waitFor();
    await admin.getByRole('cell', { name: 'jun@shop.example', exact: true }).waitFor();
    const mail = await smtp.next('jun@shop.example');
    expect(mail.from).toBe('help@shop.example');
    const link = new RegExp(`${server.url}/console/invitation#[A-Za-z0-9_-]{20,}`).exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();
    expect(mail.html).toContain(link);

    // 4. The colleague accepts in their own browser and lands in the console.
    const colleague = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await colleague.goto(link!);
    await colleague.getByLabel('Your name').fill('Jun Wang');
    await colleague.getByLabel('Password', { exact: true }).fill('jun has a long password');
    await colleague.getByRole('button', { name: 'Join and sign in' }).click();
    await // Signed in: the person menu at the foot of the rail.
    await colleague.getByRole('button', { name: /^Account menu for / }).waitFor({ timeout: 15_000 });
    const colleagueToken = (await tokenOf(colleague))!;

    // 5. Coming online with a free slot, they are given the waiting chat by routing (it is theirs,
    // under Mine); they answer it and the visitor reads the answer on the shop's page.
    await colleague.getByRole('tab', { name: /Mine/ }).click();
    await colleague.getByRole('button', { name: /Do you ship to Taipei\?/ }).first().click({ timeout: 15_000 });
    const reply = colleague.getByRole('textbox', { name: 'Reply' });
    await reply.fill('Yes, we ship to Taipei in three days.');
    await reply.press('Enter');
    await expect.poll(() => visitor.getByText('Yes, we ship to Taipei in three days.').count(), { timeout: 10_000 }).toBe(1);
    expect(await colleague.getByRole('button', { name: 'Take it' }).count()).toBe(0);
    const [chat] = (await rest<{ conversations: Conversation[] }>(server, adminToken, 'GET', '/conversations?status=open')).conversations;
    const jun = (await rest<{ agent: Agent }>(server, colleagueToken, 'GET', '/auth/me')).agent;
    expect(chat).toMatchObject({ status: 'open', assigneeId: jun.id });
    // The install check saw the widget on the shop's page.
    const { sites } = await rest<{ sites: Site[] }>(server, adminToken, 'GET', '/sites');
    expect(sites[0]!.lastSeen?.url).toBe(`${shopOrigin}/pricing`);

    // 6. The admin removes the colleague's access: their console is signed out, their token refused.
    await admin.getByRole('link', { name: 'Team' }).click();
    // The Team page was open all along: the colleague who accepted is listed without a reload.
    const row = admin.getByRole('row').filter({ hasText: 'jun@shop.example' }).filter({ has: admin.getByRole('button', { name: 'Remove access' }) });
    await row.getByRole('button', { name: 'Remove access' }).click();
    const confirm = admin.getByRole('alertdialog', { name: 'Remove Jun Wang’s access?' });
    await confirm.getByRole('button', { name: 'Remove access' }).click();
    await admin.getByText('Jun Wang was signed out and can no longer sign in.').waitFor();
    await colleague.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 15_000 });
    expect(await tokenOf(colleague)).toBeNull();
    const refused = await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${colleagueToken}` } });
    expect(refused.status).toBe(401);
    // Their open chat went back to the queue, whole.
    await expect
      .poll(async () => (await waiting()).map((c) => [c.id, c.assigneeId ?? null]))
      .toEqual([[chat!.id, null]]);
  });
});
