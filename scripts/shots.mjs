// `npm run shots [filter]`: screenshots of the console's pages at 390, 768 and 1366 px, in English
// and 繁體中文, into shots/ (ignored by git), for anyone reviewing a change. It builds what is
// stale, starts a real server on an empty data directory (production mode, no demo), walks the
// set-up page, then fills the workspace over REST (a second site, a colleague, an invitation,
// an API key, then triggers, bots, articles and departments) and photographs each page and its
// editor drawer in Debian's Chromium; then the widget's states (scripts/shots-widget.mjs). A filter
// argument keeps only the shots whose name contains it (`npm run shots -- sites`).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApps } from './lib/build-apps.mjs';
import { ensureChromium, ensureCjkFont } from './lib/ensure-system.mjs';
import { repoRoot } from './lib/run.mjs';
import { seedInbox } from './lib/shots-inbox.mjs';
import { seedContacts } from './lib/shots-contacts.mjs';
import { shootTeamwork, shootTeamworkEmpty } from './lib/shots-teamwork.mjs';

const filter = process.argv[2] ?? '';
const widths = [390, 768, 1366];
// Arabic too: the console is right to left in it.
const locales = ['en', 'zh-TW', 'ar'];
const outDir = path.join(repoRoot, 'shots');

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-shots-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', JWT_SECRET: 'shots-secret-shots-secret-shots-secret!', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => (child.kill('SIGTERM'), rmSync(dataDir, { recursive: true, force: true })) };
}

async function api(url, method, route, body, token) {
  const res = await fetch(`${url}/api/v1${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Triggers, bots, articles and departments, so the admin pages have lists to show. */
async function fillAdminPages(token) {
  const { sites } = await api(server.url, 'GET', '/sites', undefined, token);
  const site = sites[0];
  const rule = (name, text, priority, enabled, conditions) => ({
    name, enabled, priority, conditions,
    action: { message: { text, senderName: 'Mei', senderType: 'agent' }, openWidget: false, departmentId: null, botId: null },
    capping: { scope: 'session' }, goal: null,
  });
  await api(server.url, 'POST', `/sites/${site.id}/triggers`, rule('Pricing help', 'Comparing plans? Ask me anything.', 10, true, [{ type: 'url', match: { op: 'contains', value: '/pricing' } }, { type: 'timeOnPage', seconds: 30 }]), token);
  await api(server.url, 'POST', `/sites/${site.id}/triggers`, rule('結帳協助 Checkout', '結帳遇到問題嗎？我們可以幫忙。', 5, true, [{ type: 'url', match: { op: 'startsWith', value: '/checkout' } }, { type: 'exitIntent' }]), token);
  await api(server.url, 'POST', `/sites/${site.id}/triggers`, rule('Returning visitors', 'Welcome back!', 0, false, [{ type: 'returning', value: true }]), token);
  await api(server.url, 'POST', '/bots', { name: 'Parley Assistant', mode: 'knowledge-base', avatarUrl: null, webhookUrl: null, answerTimeoutMs: 30_000 }, token);
  await api(server.url, 'POST', '/bots', { name: 'Order status', mode: 'webhook', avatarUrl: null, webhookUrl: 'https://hooks.shop.example/parley', answerTimeoutMs: 20_000 }, token);
  await api(server.url, 'POST', '/articles', { title: 'Shipping fees and free shipping', locale: 'en', keywords: ['delivery', 'postage'], body: '## Shipping\n\nOrders over **$50** ship free. Others pay a flat $5.\n\n- Standard: 3–5 days\n- Express: next day' }, token);
  await api(server.url, 'POST', '/articles', { title: '退貨與退款', locale: 'zh-TW', keywords: ['退貨', '退款'], body: '收到商品後 **30 天內** 可申請退貨。\n\n1. 登入帳戶\n2. 選擇訂單\n3. 點選「申請退貨」' }, token);
  await api(server.url, 'POST', '/departments', { name: 'Sales', memberIds: [], escalatesToId: null, hours: null }, token);
  await api(server.url, 'POST', '/departments', { name: '售後支援', memberIds: [], escalatesToId: null, hours: { timeZone: 'Asia/Taipei', weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] } } }, token);
}

/** Canned replies in several languages, shared and personal, for their page and the reply box's picker. */
async function fillCannedReplies(token) {
  const reply = (shortcut, scope, texts) => api(server.url, 'POST', '/canned-replies', { shortcut, scope, texts }, token);
  await reply('refund', 'workspace', { en: 'Hi {{visitor.name | there}}, your refund is on its way: 3 to 5 working days.', 'zh-CN': '{{visitor.name | 您}}好，退款已在处理中，3 至 5 个工作日到账。', 'zh-TW': '{{visitor.name | 您}}好，退款已在處理中，3 至 5 個工作天入帳。' });
  await reply('return-label', 'workspace', { en: 'I have emailed a return label to {{visitor.email}}.', 'zh-TW': '退貨標籤已寄到 {{visitor.email}}。' });
  await reply('hello', 'workspace', { en: 'Hello, this is {{agent.name}} from {{site.name}}. How can I help?', 'zh-CN': '您好，我是{{site.name}}的{{agent.name}}，有什么可以帮您？', 'zh-TW': '您好，我是{{site.name}}的{{agent.name}}，有什麼可以幫您？', ar: 'مرحبًا، معك {{agent.name}} من {{site.name}}. كيف أساعدك؟' });
  await reply('reopen', 'personal', { en: 'I have reopened your order; you will get a new confirmation.' });
}

await buildApps();
const executablePath = await ensureChromium();
await ensureCjkFont();
mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
let taken = 0;
let invited = 0;

/** One shot per width and locale: `prepare(page)` brings the page to the state to photograph. */
async function shoot(name, prepare, session = null) {
  if (!name.includes(filter)) return;
  for (const locale of locales) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, locale: locale === 'en' ? 'en-US' : locale });
      await context.addInitScript(
        ([uiLocale, saved]) => {
          localStorage.setItem('parley:console:locale', uiLocale);
          if (saved) {
            localStorage.setItem('parley:console:token', saved.token);
            localStorage.setItem('parley:console:agent', JSON.stringify(saved.agent));
          }
        },
        [locale, session],
      );
      const page = await context.newPage();
      await prepare(page);
      await page.waitForTimeout(250);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) console.warn(`! ${name} ${locale} ${width}px overflows sideways by ${overflow}px`);
      await page.screenshot({ path: path.join(outDir, `${name}-${locale}-${width}.png`) });
      taken++;
      await context.close();
    }
  }
}

const open = (route, ready) => async (page) => {
  await page.goto(`${server.url}/console/${route}`);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
};

/** Settings on its tab `index` (0 site, 1 departments, 2 agents), once `ready` shows. */
const settingsTab = (index, ready) => async (page) => {
  await open('settings', '[role=tablist]')(page);
  await page.locator('[role=tab]').nth(index).click();
  await page.locator(ready).first().waitFor();
};

/** A page with a list, then the drawer its `opener` button opens. */
const drawerOf = (route, opener, ready = '.ui-drawer') => async (page) => {
  await open(route, '.ui-table')(page);
  await page.locator(opener).first().click();
  await page.locator(ready).first().waitFor();
};

try {
  // Signed out, on an empty server.
  await shoot('setup', open('', 'form input[name=workspaceName]'));
  await shoot('setup-errors', async (page) => {
    await open('', 'form input[name=workspaceName]')(page);
    await page.locator('input[name=email]').fill('not-an-email');
    await page.locator('input[name=password]').fill('short');
    await page.locator('input[name=siteOrigin]').fill('shop.example/pricing');
    await page.locator('button[type=submit]').click();
    await page.locator('.ui-field-error').first().waitFor();
  });

  const admin = await api(server.url, 'POST', '/setup', {
    name: 'Mei Lin',
    email: 'mei@shop.example',
    password: 'a long shots password',
    workspaceName: 'Shop Inc.',
    site: { name: 'Shop', origin: 'https://shop.example' },
  });
  const session = { token: admin.token, agent: admin.agent };
  await shoot('login', open('', 'input[type=password]'));
  await shoot('forgot-password', open('forgot-password', 'input[type=email]'));
  await shoot('invitation-gone', async (page) => {
    await open('invitation#abcdefghijklmnopqrstuvwxyz012345', 'input[name=password]')(page);
    await page.locator('input[name=name]').fill('Jun');
    await page.locator('input[name=password]').fill('a long enough password');
    await page.locator('button[type=submit]').click();
    await page.locator('[role=alert]').first().waitFor();
  });

  await shoot('api-keys-empty', open('api-keys', '.ui-empty'), session);
  await shoot('failed-mail-empty', open('mail', '.ui-empty'), session);
  await shoot('inbox-empty', open('', '#app a[href]'), session);
  await shoot('triggers-empty', open('triggers', '.ui-empty'), session);
  await shoot('bots-empty', open('bots', '.ui-empty'), session);
  await shoot('articles-empty', open('articles', '.ui-empty'), session);
  await shoot('visitors-empty', open('visitors', '.ui-empty'), session);
  await shoot('settings-departments-empty', settingsTab(1, '.ui-empty'), session);
  await shoot('contacts-empty', open('contacts', '.ui-empty'), session);
  await shootTeamworkEmpty({ shoot, open, session });
  await shoot('canned-replies-empty', open('canned-replies', '.ui-empty'), session);

  // A fuller workspace.
  await api(server.url, 'POST', '/sites', {
    name: '博客 Blog',
    allowedOrigins: ['https://blog.shop.example', 'https://*.shop.example'],
    locale: 'zh-TW',
    appearance: { brandColor: '#facc15', launcherSide: 'left', teamName: '客服團隊', welcome: { 'zh-TW': '您好！有什麼可以幫您？' }, replyTime: 'hours' },
  }, admin.token);
  const colleague = await api(server.url, 'POST', '/invitations', { email: 'jun@shop.example', role: 'agent' }, admin.token);
  await api(server.url, 'POST', `/invitations/${colleague.invitation.url.split('#')[1]}/accept`, { name: '王小明', password: 'another long password' });
  await api(server.url, 'POST', '/invitations', { email: 'ana@shop.example', role: 'supervisor', capacity: 3 }, admin.token);
  const pending = await api(server.url, 'POST', '/invitations', { email: 'sam@shop.example', role: 'agent' }, admin.token);
  await api(server.url, 'POST', '/api-keys', { name: 'CRM sync' }, admin.token);

  await shoot('invitation', async (page) => {
    await page.goto(pending.invitation.url.replace(/^https?:\/\/[^/]+/, server.url));
    await page.locator('input[name=password]').waitFor();
  });
  await shoot('sites', open('sites', '.ui-table'), session);
  await shoot('site-editor', async (page) => {
    await open('sites', '.ui-table')(page);
    await page.locator('.ui-table tbody tr').nth(1).locator('button').first().click();
    await page.locator('.ui-drawer').waitFor();
  }, session);
  await shoot('site-new-errors', async (page) => {
    await open('sites', '.ui-table')(page);
    await page.locator('.ui-page-action button').click();
    await page.locator('.ui-drawer textarea').first().fill('https://shop.example\nshop.example/pricing');
    await page.locator('.ui-drawer-footer .ui-button-primary').click();
    await page.locator('.ui-drawer .ui-field-error').first().waitFor();
  }, session);
  await shoot('site-delete', async (page) => {
    await open('sites', '.ui-table')(page);
    await page.locator('.ui-table tbody tr').nth(1).locator('button').nth(1).click();
    await page.locator('.ui-modal').waitFor();
  }, session);
  await shoot('team', open('team', '.ui-table'), session);
  await shoot('team-invite-link', async (page) => {
    await open('team', '.ui-table')(page);
    await page.locator('.ui-page-action button').click();
    await page.locator('.ui-drawer input[type=email]').fill(`lee${++invited}@shop.example`);
    await page.locator('.ui-drawer-footer .ui-button-primary').click();
    await page.locator('.invite-link').waitFor();
  }, session);
  await shoot('account', open('account', '.account-grid'), session);
  await fillAdminPages(admin.token);
  await shoot('triggers', open('triggers', '.ui-table'), session);
  await shoot('trigger-editor', drawerOf('triggers', '.ui-table tbody tr button'), session);
  await shoot('trigger-new-errors', async (page) => {
    await open('triggers', '.ui-table')(page);
    await page.locator('.ui-page-action button').click();
    await page.locator('.ui-drawer-footer .ui-button-primary').click();
    await page.locator('.ui-drawer .ui-field-error').first().waitFor();
  }, session);
  await shoot('bots', open('bots', '.ui-table'), session);
  await shoot('bot-new', drawerOf('bots', '.ui-page-action button'), session);
  await shoot('articles', open('articles', '.ui-table'), session);
  await shoot('article-editor', drawerOf('articles', '.ui-table tbody tr button', '.ui-drawer .article-preview-body'), session);
  await shoot('visitors-announce', async (page) => {
    await open('visitors', '.ui-empty')(page);
    await page.locator('.ui-page-action button').click();
    await page.locator('.ui-drawer').waitFor();
  }, session);
  await shoot('settings', open('settings', '.settings-form'), session);
  await shoot('settings-departments', settingsTab(1, '.ui-table'), session);
  await shoot('department-editor', async (page) => {
    await settingsTab(1, '.ui-table')(page);
    await page.locator('.ui-table tbody tr button').first().click();
    await page.locator('.ui-drawer').waitFor();
  }, session);
  await shoot('settings-agents', settingsTab(2, '.ui-table'), session);
  // Verified identity under the site's form: the panel, then the secret shown once.
  await shoot('settings-identity', async (page) => {
    await open('settings', '.identity-settings [role=switch]')(page);
    await page.locator('.identity-settings').scrollIntoViewIfNeeded();
  }, session);
  await shoot('settings-identity-secret', async (page) => {
    await open('settings', '.identity-settings [role=switch]')(page);
    await page.locator('.identity-settings button').first().click();
    await page.locator('[role=alertdialog] .ui-button-danger, [role=alertdialog] button').last().click();
    await page.locator('[data-testid=identity-secret]').waitFor();
  }, session);
  await shoot('api-keys', open('api-keys', '.ui-table'), session);
  await fillCannedReplies(admin.token);
  await shoot('canned-replies', open('canned-replies', '.ui-table'), session);
  await shoot('canned-reply-editor', drawerOf('canned-replies', '.ui-table tbody tr button'), session);
  await shoot('canned-reply-errors', async (page) => {
    await open('canned-replies', '.ui-table')(page);
    await page.locator('.ui-page-action button').click();
    await page.locator('.ui-drawer input').first().fill('refund now');
    await page.locator('.ui-drawer-footer .ui-button-primary').click();
    await page.locator('.ui-drawer .ui-field-error').first().waitFor();
  }, session);

  // The inbox: visitors write in over real sockets; one conversation is taken and answered.
  const { sites } = await api(server.url, 'GET', '/sites', undefined, admin.token);
  const shop = sites.find((s) => s.name === 'Shop');
  const inbox = await seedInbox(server.url, admin.token, shop.key, 'https://shop.example');
  await shoot('inbox', open('', '.conversation-row'), session);
  await shoot('inbox-conversation', open(`conversations/${inbox.ids[0]}`, '.conversation-header h2'), session);
  await shoot('inbox-all', async (page) => {
    await open('', '.conversation-row')(page);
    await page.getByRole('tab').nth(2).click();
    await page.locator('.conversation-row').nth(2).waitFor();
  }, session);
  await shoot('inbox-person-menu', async (page) => {
    await open('', '.conversation-row')(page);
    await page.locator('.person-button').click();
    await page.locator('.person-panel').waitFor();
  }, session);
  // Search (Ctrl+K) over what the visitors wrote: English, and a Simplified query finding a Traditional line, with the filters open.
  const searchFor = (query, filters = false) => async (page) => {
    await open('', '.conversation-row')(page);
    await page.keyboard.press('Control+K');
    await page.locator('.search-dialog input[type=search]').fill(query);
    await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    if (filters) await page.locator('.search-more-filters summary').click();
  };
  await shoot('search', searchFor('jacket'), session);
  await shoot('search-chinese', searchFor('发票', true), session);
  // Reports over the inbox's conversations: the period, zone and filters, then the overview's cards.
  await shoot('reports', open('reports', '[data-report-ready]'), session);
  await shootTeamwork({ shoot, open, session, api: (...a) => api(server.url, ...a), ids: inbox.ids, colleague: { email: 'jun@shop.example', password: 'another long password' }, adminName: 'Mei Lin' });
  await shoot('inbox-canned-picker', async (page) => {
    await open(`conversations/${inbox.ids[0]}`, '#reply-text')(page);
    await page.locator('#reply-text').focus();
    await page.keyboard.type('/re');
    await page.locator('.composer-picker [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
  }, session);
  // Supervision (issue 14): the live board, Assign in the header, and watching a colleague's chat with a whisper.
  await shoot('supervision-board', open('supervision', '.board'), session);
  await shoot('supervision-assign', async (page) => {
    await open(`conversations/${inbox.ids[1]}`, '.conversation-header h2')(page);
    await page.locator('.assign-button').click();
    await page.locator('.assign-panel button').first().waitFor();
  }, session);
  const { agents } = await api(server.url, 'GET', '/agents', undefined, admin.token);
  const jun = agents.find((a) => a.name === '王小明');
  await api(server.url, 'POST', `/conversations/${inbox.ids[1]}/assign`, { agentId: jun.id }, admin.token);
  await api(server.url, 'POST', `/conversations/${inbox.ids[1]}/messages`, { text: 'Offer the 10% coupon if they ask again.', internal: true, whisper: true }, admin.token);
  await shoot('supervision-watch', open(`conversations/${inbox.ids[1]}`, '.watch-bar'), session);
  inbox.close();

  // Contacts: identified visitors (one verified), their drawer, merge and delete, and the inbox's contact panel.
  const contacts = await seedContacts(server.url, admin.token, shop, 'https://shop.example');
  await shoot('contacts', open('contacts', '.ui-table tbody tr'), session);
  await shoot('contact-drawer', open(`contacts/${contacts.jordanId}`, '.ui-drawer .contact-conversation'), session);
  await shoot('contact-merge', async (page) => {
    await open(`contacts/${contacts.jordanId}`, '.ui-drawer .contact-conversation')(page);
    await page.locator('.contact-detail-actions button').nth(1).click();
    await page.locator('.ui-modal input[type=search]').fill('alvarez');
    await page.locator('.merge-candidate').first().click();
    await page.locator('.merge-chosen').waitFor();
  }, session);
  await shoot('contact-delete', async (page) => {
    await open(`contacts/${contacts.jordanId}`, '.ui-drawer .contact-conversation')(page);
    await page.locator('.contact-detail-actions button').nth(2).click();
    await page.locator('.ui-modal input').waitFor();
  }, session);
  await shoot('inbox-contact', async (page) => {
    await open(`conversations/${contacts.verifiedConversation}`, '.conversation-header h2')(page);
    const toggle = page.locator('.contact-toggle');
    if (await toggle.isVisible()) await toggle.click();
    await page.locator('.contact-attributes').waitFor();
  }, session);
  contacts.close();
  console.log(`${taken} screenshots in ${path.relative(process.cwd(), outDir) || '.'}/`);
} finally {
  await browser.close();
  server.stop();
}

// Then every widget state (scripts/shots-widget.mjs, into shots/widget/), with the same filter.
await new Promise((resolve) => {
  const widget = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'shots-widget.mjs'), filter], { cwd: repoRoot, stdio: 'inherit' });
  widget.on('exit', (code) => {
    if (code) process.exitCode = code;
    resolve();
  });
});
