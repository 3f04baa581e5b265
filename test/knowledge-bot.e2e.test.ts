import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Bot } from '@parley/shared';
import { launchChromium } from './support/chromium.js';
import { demoAdmin } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

/**
 * The knowledge-base bot in a real browser: a visitor asks on the demo page, the built-in bot
 * answers with an article and asks whether it helped, the visitor says no, the handoff joins
 * routing's queue, and the agent who signs in to the console gets it, sees the bot's part and
 * the summary, and replies.
 */
describe('knowledge-base bot to a person, in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let visitor: Page;
  let agent: Page;
  const question = 'How much does shipping cost?';
  const reply = 'A person here: shipping is free from $50.';

  beforeAll(async () => {
    server = await ServerProcess.start();
    const admin = await demoAdmin(server.url);
    const { bots } = await admin.call<{ bots: Bot[] }>('GET', '/bots');
    const kb = bots.find((b) => b.mode === 'knowledge-base')!;
    await admin.call('PUT', '/sites/demo/bot', { botId: kb.id });
    browser = await launchChromium();
    visitor = await (await browser.newContext({ locale: 'en-US' })).newPage();
    agent = await (await browser.newContext({ locale: 'en-US' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the bot answers with the best article and asks if it helped; the visitor says no', async () => {
    await visitor.goto(`${server.url}/`);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    const composer = visitor.getByRole('textbox', { name: 'Message' });
    await composer.fill(question);
    await composer.press('Enter');
    await expect.poll(() => visitor.getByText(/1\. Shipping fees and free shipping/).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => visitor.getByText('Did this answer your question?').count()).toBe(1);
    expect(await visitor.getByText('Parley Assistant').count()).toBeGreaterThan(0);
    await visitor.getByRole('button', { name: 'No', exact: true }).click();
    await expect
      .poll(() => visitor.getByText('Transferring you to a person. Everything you wrote stays here.').count(), { timeout: 10_000 })
      .toBe(1);
  });

  it('the agent who comes online gets the handed-off chat, sees the bot part and the summary, and replies; the visitor gets it', async () => {
    await agent.goto(`${server.url}/console/`);
    await agent.getByLabel('Email').fill('agent@demo.test');
    await agent.getByLabel('Password').fill('demo-password');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    // Nobody was online at the handoff: the chat waited in the queue, and routing gives it to
    // this agent as they come online, so it is theirs (All open), no longer waiting.
    await agent.getByRole('tab', { name: /All open/ }).click();
    // The inbox row shows what the visitor said last ("No"): system lines never replace it.
    await agent.getByRole('button', { name: /\bNo\b/ }).first().click({ timeout: 15_000 });
    await expect.poll(() => agent.getByText(/1\. Shipping fees and free shipping/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await agent.getByText(`Parley Assistant: ${question}`).count()).toBeGreaterThan(0);
    expect(await agent.getByRole('button', { name: 'Take it' }).count()).toBe(0);
    const box = agent.getByRole('textbox', { name: 'Reply' });
    await box.fill(reply);
    await box.press('Enter');
    await expect.poll(() => visitor.getByText(reply).count(), { timeout: 10_000 }).toBe(1);
    // With a person answering, the widget no longer offers the bot's buttons.
    expect(await visitor.getByRole('button', { name: 'Talk to a person' }).count()).toBe(0);
  });

  it('self-service: the visitor searches the help articles in Chinese and opens one inside the panel', async () => {
    await visitor.getByRole('button', { name: 'Search help articles' }).click();
    const field = visitor.getByRole('searchbox', { name: 'Search help articles' });
    await field.fill('退貨');
    const hit = visitor.getByRole('button', { name: /如何退貨/ });
    await hit.waitFor({ timeout: 10_000 });
    expect(await hit.locator('mark').first().textContent()).toBe('退貨');
    await hit.click();
    await expect.poll(() => visitor.getByRole('heading', { name: '如何退貨' }).count()).toBe(1);
    expect(await visitor.locator('parley-widget').evaluate((el) => el.shadowRoot?.querySelector('article strong')?.textContent)).toBe('30天內');
  });
});
