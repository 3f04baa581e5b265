import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';
import { axeViolations, wholePageRules } from './support/axe-page.js';


interface Finding {
  id: string;
  nodes: string[];
}

/**
 * axe-core on one admin page's content (`.ui-page`, with any drawer or dialog open inside it).
 * The rules about the document as a whole (one `main`, content inside landmarks, a level-one
 * heading somewhere) belong to the console's shell; this page's one `h1` is checked apart.
 */
function axe(page: Page): Promise<Finding[]> {
  return axeViolations(page, { include: '.ui-page', disable: wholePageRules });
}

/** The page's structure: its h1s, heading levels in order, header cells without text, and how far it scrolls sideways. */
async function structure(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('.ui-page')!;
    const levels = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) => !h.closest('[hidden]')).map((h) => Number(h.tagName[1]));
    return {
      h1s: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent),
      skipped: levels.some((level, i) => i > 0 && level > levels[i - 1]! + 1),
      emptyHeaders: Array.from(root.querySelectorAll('th')).filter((th) => !th.textContent?.trim()).length,
      sideways: Math.max(root.scrollWidth - root.clientWidth, Math.round(root.getBoundingClientRect().right - innerWidth)),
    };
  });
}

/** Waits until the drawer's slide and the overlay's fade have finished (mid-fade colours are not the page's). */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

interface AdminPage {
  path: string;
  /** Opens the page's editor drawer (or dialog); none for pages without one. */
  openEditor?: (page: Page) => Promise<void>;
}

const primaryAction = (page: Page) => page.locator('.ui-page-action button').click();
const firstRowEdit = (page: Page) => page.locator('.ui-table tbody tr').first().getByRole('button').first().click();

const adminPages: AdminPage[] = [
  { path: 'triggers', openEditor: primaryAction },
  { path: 'bots', openEditor: primaryAction },
  { path: 'articles', openEditor: primaryAction },
  { path: 'settings' },
  { path: 'settings#departments', openEditor: async (page) => (await page.getByRole('tab', { name: 'Departments' }).click(), primaryAction(page)) },
  { path: 'visitors', openEditor: primaryAction },
  { path: 'sites', openEditor: firstRowEdit },
  { path: 'team', openEditor: primaryAction },
  { path: 'api-keys', openEditor: primaryAction },
  { path: 'mail' },
  { path: 'account' },
];

describe('the admin pages in Chromium, signed in as an admin', () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  /** A browser context signed in as the demo admin, in English. */
  let signedIn: (viewport: { width: number; height: number }) => Promise<BrowserContext>;

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
    });
    const session = (await res.json()) as { token: string; agent: { role: string } };
    expect(session.agent.role).toBe('admin');
    signedIn = async (viewport) => {
      const made = await browser.newContext({ locale: 'en-US', viewport });
      await made.addInitScript((saved) => {
        localStorage.setItem('parley:console:token', saved.token);
        localStorage.setItem('parley:console:agent', JSON.stringify(saved.agent));
        localStorage.setItem('parley:console:locale', 'en');
      }, session);
      return made;
    };
    context = await signedIn({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${server.url}/console/${path.split('#')[0]}`);
    await page.locator('.ui-page h1').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('.ui-loading'), null, { timeout: 15_000 });
    return page;
  };

  for (const admin of adminPages) {
    it(`${admin.path}: one h1, headings in order, real table headers, and no axe violations, editor open too`, async () => {
      const page = await open(admin.path);
      try {
        const shape = await structure(page);
        expect(shape.h1s).toHaveLength(1);
        expect(shape.skipped, 'a heading level is skipped').toBe(false);
        expect(shape.emptyHeaders, 'table header cells without text').toBe(0);
        expect(await axe(page)).toEqual([]);
        if (admin.openEditor) {
          await admin.openEditor(page);
          const dialog = page.locator('.ui-page [role=dialog], .ui-page [role=alertdialog]');
          await dialog.first().waitFor();
          await settled(page);
          // Focus moved into the drawer, and the page under it did not grow a second h1.
          expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
          expect((await structure(page)).h1s).toHaveLength(1);
          expect(await axe(page)).toEqual([]);
          await page.keyboard.press('Escape');
          await dialog.first().waitFor({ state: 'detached' });
        }
      } finally {
        await page.close();
      }
    });
  }

  it('nothing scrolls sideways at 390 px on any admin page, nor in its editor', async () => {
    const narrow = await signedIn({ width: 390, height: 844 });
    try {
      for (const admin of adminPages) {
        const page = await narrow.newPage();
        await page.goto(`${server.url}/console/${admin.path.split('#')[0]}`);
        await page.locator('.ui-page h1').waitFor({ timeout: 15_000 });
        await page.waitForFunction(() => !document.querySelector('.ui-loading'), null, { timeout: 15_000 });
        expect((await structure(page)).sideways, admin.path).toBeLessThanOrEqual(0);
        if (admin.openEditor) {
          await admin.openEditor(page);
          const drawer = page.locator('.ui-drawer, .ui-modal').first();
          await drawer.waitFor();
          await settled(page);
          // The element reaching furthest past the window's edge, named so that a failure says where.
          const [overflow, culprit] = await drawer.evaluate((d) =>
            Array.from(d.querySelectorAll('*')).reduce<[number, string]>(
              (worst, e) => {
                const past = Math.round(e.getBoundingClientRect().right - innerWidth);
                return past > worst[0] ? [past, `${e.tagName.toLowerCase()}.${e.className}`] : worst;
              },
              [d.scrollWidth - d.clientWidth, 'the drawer itself'],
            ),
          );
          expect(overflow, `${admin.path} editor: ${culprit}`).toBeLessThanOrEqual(0);
        }
        await page.close();
      }
    } finally {
      await narrow.close();
    }
  });

  it('axe sees into the page: a nameless button put there is a violation (so the zeros above mean something)', async () => {
    const page = await open('triggers');
    await page.evaluate(() => document.querySelector('.ui-page')!.append(document.createElement('button')));
    expect((await axe(page)).map((f) => f.id)).toContain('button-name');
    await page.close();
  });

  it('triggers: a rule created in the drawer is in the list after a reload; an empty one is refused beside its fields', async () => {
    const page = await open('triggers');
    await primaryAction(page);
    const drawer = page.getByRole('dialog', { name: 'New trigger' });
    await drawer.getByRole('button', { name: 'Save trigger' }).click();
    await expect.poll(() => drawer.getByText('This is required.').count()).toBeGreaterThan(0);
    expect(await drawer.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    await drawer.getByRole('textbox', { name: 'Name' }).fill('Pricing 幫手');
    await drawer.getByRole('textbox', { name: 'Message' }).fill('Comparing plans? 需要幫忙嗎？');
    await drawer.getByRole('textbox', { name: 'From' }).fill('Mei');
    await drawer.getByRole('button', { name: 'Save trigger' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('cell', { name: 'Pricing 幫手', exact: true }).waitFor({ timeout: 15_000 });
    // Its editor opens with what was saved, and Cancel leaves it unchanged.
    await page.getByRole('button', { name: 'Edit Pricing 幫手' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Pricing 幫手' });
    expect(await editor.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('Comparing plans? 需要幫忙嗎？');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.close();
  });

  it('knowledge base: an article written in the drawer (with a preview) is listed after a reload, and editing opens the drawer with Cancel', async () => {
    const page = await open('articles');
    await primaryAction(page);
    const drawer = page.getByRole('dialog', { name: 'New article' });
    await drawer.getByRole('textbox', { name: 'Title' }).fill('禮品卡怎麼用');
    await drawer.getByRole('combobox', { name: 'Language' }).selectOption('zh-TW');
    await drawer.getByRole('textbox', { name: 'Body (Markdown)' }).fill('在結帳頁輸入 **禮品卡號碼**。');
    await expect.poll(() => drawer.locator('.article-preview strong').textContent()).toBe('禮品卡號碼');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('cell', { name: '禮品卡怎麼用', exact: true }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Edit 禮品卡怎麼用' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit “禮品卡怎麼用”' });
    expect(await editor.getByRole('textbox', { name: 'Body (Markdown)' }).inputValue()).toBe('在結帳頁輸入 **禮品卡號碼**。');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.close();
  });

  it('settings: a changed routing strategy is saved and read back after a reload; a department created in the drawer is listed', async () => {
    const page = await open('settings');
    const strategy = page.getByLabel('Who gets a new chat');
    await strategy.waitFor({ timeout: 15_000 });
    const next = (await strategy.inputValue()) === 'round_robin' ? 'least_busy' : 'round_robin';
    await strategy.selectOption(next);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count(), { timeout: 10_000 }).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel('Who gets a new chat').inputValue(), { timeout: 15_000 }).toBe(next);

    await page.getByRole('tab', { name: 'Departments' }).click();
    await primaryAction(page);
    const drawer = page.getByRole('dialog', { name: 'New department' });
    await drawer.getByLabel('Name').fill('售後支援');
    await drawer.getByRole('button', { name: 'Create department' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('tab', { name: 'Departments' }).click();
    await page.getByRole('cell', { name: '售後支援', exact: true }).waitFor({ timeout: 15_000 });
    await page.close();
  });

  it("bots: a bot created in the drawer shows its secrets once and becomes a site's first bot, kept after a reload", async () => {
    const page = await open('bots');
    await primaryAction(page);
    const drawer = page.getByRole('dialog', { name: 'New bot' });
    await drawer.getByRole('textbox', { name: 'Name' }).fill('小助手');
    await drawer.getByRole('button', { name: 'Create bot' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByText('Copy these now: they are shown only once.').waitFor();
    const first = page.getByLabel(/^New chats on .+ go first to$/).first();
    await first.selectOption({ label: '小助手' });
    await page.getByText('Saved.').first().waitFor({ timeout: 10_000 });
    await page.reload();
    await page.getByRole('cell', { name: '小助手', exact: true }).waitFor({ timeout: 15_000 });
    await expect.poll(async () => page.getByLabel(/^New chats on .+ go first to$/).first().evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text), { timeout: 10_000 }).toBe('小助手');
    await page.close();
  });
});
