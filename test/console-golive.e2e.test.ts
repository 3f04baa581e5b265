import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess, freePort } from './support/server-process.js';

const tokenOf = (page: Page) => page.evaluate(() => localStorage.getItem('parley:console:token'));

async function restAs<T>(server: ServerProcess, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/**
 * Going live from the console, in Chromium, against a production server with an empty data
 * directory: the set-up page creates the account and the site and lands in the console; the
 * site's drawer shows its snippet; an invitation (no SMTP: the link is shown) is accepted in a
 * second browser, which lands in the console signed in as the new person; the used link then
 * says so.
 */
describe('going live in the console', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await ServerProcess.start({ NODE_ENV: 'production', JWT_SECRET: 'e2e-golive-secret-e2e-golive-secret-0123' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('sets up, shows the snippet, and lets an invited colleague in', async () => {
    const admin = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await admin.goto(`${server.url}/console/`);
    await admin.getByRole('heading', { name: 'Set up Parley' }).waitFor({ timeout: 15_000 });
    // A refused set-up names the field beside it and creates nothing.
    await admin.getByLabel('Your name').fill('Mei Lin');
    await admin.getByLabel('Work email').fill('mei@shop.example');
    await admin.getByLabel('Password', { exact: true }).fill('short');
    await admin.getByLabel('Company or team name').fill('Shop Inc.');
    await admin.getByLabel('Site name').fill('Shop');
    await admin.getByLabel('Website address').fill('https://shop.example');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await admin.getByText('Use at least 10 characters.').waitFor();
    expect(await admin.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(((await (await fetch(`${server.url}/api/v1/setup`)).json()) as { needed: boolean }).needed).toBe(true);

    await admin.getByLabel('Password', { exact: true }).fill('a long and private password');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await // Signed in: the person menu at the foot of the rail.
    await admin.getByRole('button', { name: /^Account menu for / }).waitFor({ timeout: 15_000 });
    const adminToken = (await tokenOf(admin))!;
    const { sites } = await restAs<{ sites: { key: string; allowedOrigins: string[] }[] }>(server, adminToken, 'GET', '/sites');
    expect(sites).toHaveLength(1);
    expect(sites[0]!.allowedOrigins).toEqual(['https://shop.example']);

    await admin.getByRole('link', { name: 'Sites' }).click();
    await admin.getByRole('button', { name: 'Edit Shop' }).click();
    const snippet = admin.getByLabel('Embed snippet');
    expect(await snippet.textContent()).toBe(`<script src="${server.url}/widget.js" data-site="${sites[0]!.key}" async></script>`);
    await admin.getByText('Not seen yet', { exact: false }).first().waitFor();
    await admin.getByRole('button', { name: 'Cancel' }).click();

    await admin.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('button', { name: 'Invite people' }).click();
    await admin.getByRole('dialog').getByLabel('Email').fill('jun@shop.example');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    const link = await admin.getByLabel('Invitation link for jun@shop.example').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/console/invitation#[A-Za-z0-9_-]{20,}$`));
    await admin.getByRole('button', { name: 'Done' }).click();
    await admin.getByRole('cell', { name: 'jun@shop.example', exact: true }).waitFor();

    const colleague = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await colleague.goto(link);
    await colleague.getByLabel('Your name').fill('Jun Wang');
    await colleague.getByLabel('Password', { exact: true }).fill('jun has a long password');
    await colleague.getByRole('button', { name: 'Join and sign in' }).click();
    await // Signed in: the person menu at the foot of the rail.
    await colleague.getByRole('button', { name: /^Account menu for / }).waitFor({ timeout: 15_000 });
    expect(new URL(colleague.url()).hash).toBe('');
    const me = await restAs<{ agent: { name: string; email: string; role: string } }>(server, (await tokenOf(colleague))!, 'GET', '/auth/me');
    expect(me.agent).toMatchObject({ name: 'Jun Wang', email: 'jun@shop.example', role: 'agent' });

    // The link worked once.
    const late = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await late.goto(link);
    await late.getByLabel('Your name').fill('Someone');
    await late.getByLabel('Password', { exact: true }).fill('another long password');
    await late.getByRole('button', { name: 'Join and sign in' }).click();
    await late.getByText('This invitation has expired or was used already.', { exact: false }).waitFor();
  });
});

/**
 * The Bots page against the real `GET /api/v1/sites` (issue 12 item 7): it names the site and
 * puts a bot first on it, so a renamed field in the sites answer fails here.
 */
describe('bots page on the real sites route', () => {
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

  it('puts the knowledge-base bot first on the demo site', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Email').fill('agent@demo.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Bots' }).click();
    const first = page.getByLabel('New chats on Demo shop go first to');
    await first.waitFor({ timeout: 15_000 });
    const token = (await tokenOf(page))!;
    const { bots } = await restAs<{ bots: { id: string; mode: string; name: string }[] }>(server, token, 'GET', '/bots');
    const kb = bots.find((b) => b.mode === 'knowledge-base')!;
    await first.selectOption(kb.id);
    await expect
      .poll(async () => (await restAs<{ botId: string | null }>(server, token, 'GET', '/sites/demo/bot')).botId, { timeout: 10_000 })
      .toBe(kb.id);
    await page.reload();
    await page.getByRole('link', { name: 'Bots' }).click();
    await expect.poll(() => page.getByLabel('New chats on Demo shop go first to').inputValue(), { timeout: 15_000 }).toBe(kb.id);
  });
});

/**
 * Failed mail, from the console, against a server whose SMTP server does not answer: an
 * invitation's mail fails for good after its one attempt, the admin sees it in Failed mail with
 * the reason, and "Send again" queues it once more.
 */
describe('failed mail in the console', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await ServerProcess.start({
      NODE_ENV: 'production',
      JWT_SECRET: 'e2e-golive-secret-e2e-golive-secret-0123',
      // Nothing listens there: every send is refused at once.
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      MAIL_FROM: 'help@shop.example',
      PUBLIC_URL: 'https://chat.shop.example',
      MAIL_MAX_ATTEMPTS: '1',
      MAIL_RETRY_BASE_MS: '50',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lists the mail that failed for good and sends it again', async () => {
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Mei Lin', email: 'mei@shop.example', password: 'a long and private password', workspaceName: 'Shop', site: { name: 'Shop', origin: 'https://shop.example' } }),
    });
    const { token } = (await setup.json()) as { token: string };
    await restAs(server, token, 'POST', '/invitations', { email: 'jun@shop.example' });
    await expect
      .poll(async () => (await restAs<{ mails: unknown[] }>(server, token, 'GET', '/mail?status=failed')).mails.length, { timeout: 15_000 })
      .toBe(1);

    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Email').fill('mei@shop.example');
    await page.getByLabel('Password').fill('a long and private password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Failed mail' }).click();
    await page.getByRole('cell', { name: 'jun@shop.example', exact: true }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Send the mail to jun@shop.example again' }).click();
    await page.getByText('The mail to jun@shop.example is queued again.').waitFor();
  });
});
