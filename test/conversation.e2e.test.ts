import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';

/**
 * The whole path a user takes, in a real browser against the real server process: the demo
 * page's bubble, a message, the console's login and reply, the reply on the page, and a
 * server restart after which both sides still have the transcript.
 */
describe('one conversation end to end in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let visitorContext: BrowserContext;
  let agentContext: BrowserContext;
  let visitorPage: Page;
  let agentPage: Page;

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    visitorContext = await browser.newContext({ locale: 'en-US' });
    agentContext = await browser.newContext({ locale: 'en-US' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  // The console's transcript, apart from the inbox previews that repeat the last message.
  const agentTranscript = () => agentPage.locator('ol.transcript');
  const question = '你好，请问今天能发货吗？';
  const answer = 'Yes, it ships today. 今天发货。';
  const afterRestart = 'Still here after the restart.';
  const whileDown = '服务器重启时写的消息';

  it('a visitor opens the bubble on the demo page and writes', async () => {
    visitorPage = await visitorContext.newPage();
    await visitorPage.goto(`${server.url}/`);
    await visitorPage.getByRole('button', { name: 'Open chat' }).click();
    const composer = visitorPage.getByRole('textbox', { name: 'Message' });
    await composer.fill(question);
    await composer.press('Enter');
    await expect.poll(() => visitorPage.getByText(question).count()).toBe(1);
    await expect.poll(() => visitorPage.getByText('Sending…').count(), { timeout: 10_000 }).toBe(0);
  });

  it('an agent signs in to the console, sees it arrive and replies', async () => {
    agentPage = await agentContext.newPage();
    await agentPage.goto(`${server.url}/console/`);
    await agentPage.getByLabel('Email').fill('agent@demo.test');
    await agentPage.getByLabel('Password').fill('demo-password');
    await agentPage.getByRole('button', { name: 'Sign in' }).click();
    // Routing may already have given the chat to this agent (then it is theirs, no longer waiting).
    await agentPage.getByRole('tab', { name: /All open/ }).click();
    const item = agentPage.getByRole('button', { name: new RegExp(question) });
    await item.first().click({ timeout: 15_000 });
    const reply = agentPage.getByRole('textbox', { name: 'Reply' });
    await reply.fill(answer);
    await reply.press('Enter');
    await expect.poll(() => agentTranscript().getByText(answer).count()).toBe(1);
  });

  it('the visitor sees the reply live', async () => {
    await expect.poll(() => visitorPage.getByText(answer).count(), { timeout: 10_000 }).toBe(1);
  });

  it('after a server restart both sides still have the transcript and keep talking', async () => {
    // While the server is down the visitor keeps writing; it goes out once it is back.
    await server.stop();
    const composer = visitorPage.getByRole('textbox', { name: 'Message' });
    await composer.fill(whileDown);
    await composer.press('Enter');
    await expect.poll(() => visitorPage.getByText('Sending…').count()).toBe(1);
    await server.resume();
    await expect.poll(() => visitorPage.getByText('Sending…').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => agentTranscript().getByText(whileDown).count(), { timeout: 15_000 }).toBe(1);

    // The open pages reconnect on their own; the agent's next reply reaches the visitor live.
    const reply = agentPage.getByRole('textbox', { name: 'Reply' });
    await expect.poll(() => agentPage.getByRole('status').filter({ hasText: /Reconnecting/ }).count(), { timeout: 15_000 }).toBe(0);
    await reply.fill(afterRestart);
    await reply.press('Enter');
    await expect.poll(() => visitorPage.getByText(afterRestart).count(), { timeout: 15_000 }).toBe(1);

    // Reloads restore everything from the server.
    await visitorPage.reload();
    await visitorPage.getByRole('button', { name: /Open chat|Close chat/ }).first().waitFor();
    if ((await visitorPage.getByRole('textbox', { name: 'Message' }).count()) === 0) {
      await visitorPage.getByRole('button', { name: 'Open chat' }).click();
    }
    for (const text of [question, answer, whileDown, afterRestart]) {
      await expect.poll(() => visitorPage.getByText(text).count(), { timeout: 10_000 }).toBe(1);
    }
    // The console reopens the conversation from its address after a reload.
    await agentPage.reload();
    for (const text of [question, answer, whileDown, afterRestart]) {
      await expect.poll(() => agentTranscript().getByText(text).count(), { timeout: 10_000 }).toBe(1);
    }
  });
});
