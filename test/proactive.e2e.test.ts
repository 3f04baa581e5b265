import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { PageViewAnswer, TriggerRule, TriggerRuleInput } from '@parley/shared';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Proactive chat in a real browser against the real server: a rule on /pricing fires after
 * its time, in the loader's preview bubble, without the app; a reload in the same session
 * does not show it again; clicking it opens the chat with the message, and the reply starts
 * a conversation the console shows with the trigger's name; an exit-intent rule fires when
 * the pointer leaves the page.
 */
describe('proactive messages in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let token: string;
  let siteId: string;
  const contexts: BrowserContext[] = [];

  const offer = 'Questions about our plans? 我可以帮您选择。';
  const ruleSeconds = 3;

  async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
  const createRule = (input: TriggerRuleInput) => api<{ trigger: TriggerRule }>('POST', `/sites/${siteId}/triggers`, input);

  async function visitorPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US' });
    contexts.push(context);
    return context.newPage();
  }
  /** The tracker's page-view answer for the next navigation. */
  const pageViewAnswer = (page: Page): Promise<PageViewAnswer> =>
    page
      .waitForResponse((r: Response) => r.url().endsWith('/api/v1/visitor/pageview'), { timeout: 15_000 })
      .then((r) => r.json() as Promise<PageViewAnswer>);

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    token = (await api<{ token: string }>('POST', '/auth/login', { email: 'agent@demo.test', password: 'demo-password' })).token;
    siteId = (await api<{ sites: { id: string; key: string }[] }>('GET', '/sites')).sites.find((s) => s.key === 'demo')!.id;
    await createRule({
      name: 'Pricing offer',
      conditions: [
        { type: 'url', match: { op: 'wildcard', value: '/pricing*' } },
        { type: 'timeOnPage', seconds: ruleSeconds },
      ],
      action: { message: { text: offer, senderName: 'Mei', senderType: 'agent' } },
      capping: { scope: 'session' },
    });
    await createRule({
      name: 'Leaving home',
      conditions: [
        { type: 'url', match: { op: 'equals', value: '/' } },
        { type: 'exitIntent' },
      ],
      action: { message: { text: 'Leaving already? Ask us anything.', senderName: 'Parley bot', senderType: 'bot' } },
      capping: { scope: 'visitor' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the message on /pricing after the rule\'s time, in the bubble, without loading the app; not again after a reload', async () => {
    const page = await visitorPage();
    const appRequests: string[] = [];
    page.on('request', (r) => r.url().includes('parley-app.js') && appRequests.push(r.url()));
    const answer = pageViewAnswer(page);
    const started = Date.now();
    await page.goto(`${server.url}/pricing`);
    expect((await answer).rules.map((r) => [r.text, r.t])).toEqual([[offer, ruleSeconds]]);
    expect(await page.getByText(offer).count()).toBe(0);

    await page.getByText(offer).waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(ruleSeconds * 1000);
    await expect.poll(() => page.getByRole('button', { name: 'Dismiss' }).count()).toBe(1);
    expect(appRequests).toEqual([]);

    // Capped once per session: the reload's page view answers no rule, and nothing shows.
    const again = pageViewAnswer(page);
    await page.reload();
    expect((await again).rules).toEqual([]);
    await page.waitForTimeout((ruleSeconds + 1) * 1000);
    expect(await page.getByText(offer).count()).toBe(0);
  });

  it('a reply to it starts a conversation that the console shows with the trigger\'s name', async () => {
    const page = await visitorPage();
    await page.goto(`${server.url}/pricing`);
    await page.getByText(offer).click({ timeout: 15_000 });

    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('dialog').getByText(offer).count()).toBe(1);
    await composer.fill('Which plan fits a team of three?');
    await composer.press('Enter');
    await expect.poll(() => page.getByText('Sending…').count(), { timeout: 10_000 }).toBe(0);

    const console = await (await browser.newContext({ locale: 'en-US' })).newPage();
    contexts.push(console.context());
    await console.goto(`${server.url}/console/`);
    await console.getByLabel('Email').fill('agent@demo.test');
    await console.getByLabel('Password').fill('demo-password');
    await console.getByRole('button', { name: 'Sign in' }).click();
    // Routing may already have given the chat to this agent (then it is theirs, no longer waiting).
    await console.getByRole('tab', { name: /All open/ }).click();
    await console.getByRole('button', { name: /Which plan fits a team of three/ }).first().click({ timeout: 15_000 });
    await console.getByText('Started from trigger').waitFor({ timeout: 10_000 });
    expect(await console.locator('.context-trigger strong').textContent()).toBe('Pricing offer');
    // The transcript opens with the proactive message, from the rule's sender.
    await expect.poll(() => console.getByText(offer).count()).toBeGreaterThan(0);
    expect(await console.locator('.journey li').first().getAttribute('title')).toBe(`${server.url}/pricing`);

    // The live list shows the visitor, chatting.
    await console.getByRole('link', { name: 'Visitors' }).click();
    await expect.poll(() => console.getByRole('button', { name: 'Chatting' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('an exit-intent rule fires when the pointer leaves through the top of the page', async () => {
    const page = await visitorPage();
    const answer = pageViewAnswer(page);
    await page.goto(`${server.url}/`);
    expect((await answer).rules.map((r) => r.x)).toEqual([true]);
    await page.mouse.move(400, 300);
    await page.waitForTimeout(300);
    expect(await page.getByText('Leaving already?').count()).toBe(0);
    // The pointer heads for the tabs and address bar: it leaves the document at its top edge.
    await page.mouse.move(400, 5, { steps: 5 });
    await page.mouse.move(400, -20, { steps: 2 });
    await page.getByText('Leaving already? Ask us anything.').waitFor({ timeout: 5_000 });
  });
});
