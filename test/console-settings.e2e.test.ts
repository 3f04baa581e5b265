import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Settings from the console to the visitor, in Chromium: an admin writes the Simplified Chinese
 * acknowledgement in the console's Settings, and a visitor whose browser reads Chinese gets
 * exactly that text, with the typical reply time filled in, after their first message on the
 * demo page.
 */
describe('site settings changed in the console', () => {
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

  it("an admin's Chinese acknowledgement reaches a Chinese-speaking visitor on the demo page", async () => {
    const ack = '您好！我们已收到您的消息，通常回复时间：{time}。';
    const consolePage = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await consolePage.goto(`${server.url}/console/`);
    await consolePage.getByLabel('Email').fill('agent@demo.test');
    await consolePage.getByLabel('Password').fill('demo-password');
    await consolePage.getByRole('button', { name: 'Sign in' }).click();
    await consolePage.getByRole('link', { name: 'Settings' }).click();
    const text = consolePage.getByLabel('Text in Simplified Chinese');
    // The form shows the stored settings before anything is typed: acknowledgement on, no own text yet.
    await expect.poll(() => text.inputValue(), { timeout: 15_000 }).toBe('');
    expect(await consolePage.getByLabel("Answer a visitor's first message automatically").isChecked()).toBe(true);
    await text.fill(ack);
    await consolePage.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => consolePage.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Saved.');
    // A reload reads it back from the server.
    await consolePage.reload();
    await expect.poll(() => consolePage.getByLabel('Text in Simplified Chinese').inputValue(), { timeout: 15_000 }).toBe(ack);

    const visitor = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await visitor.goto(`${server.url}/`);
    await visitor.getByRole('button', { name: '打开聊天' }).click();
    const composer = visitor.getByRole('textbox', { name: '消息' });
    await composer.fill('请问今天能发货吗？');
    await composer.press('Enter');
    await expect
      .poll(() => visitor.getByText('您好！我们已收到您的消息，通常回复时间：约 2 分钟。').count(), { timeout: 15_000 })
      .toBe(1);
    // Not the built-in text.
    expect(await visitor.getByText(/谢谢，我们已收到您的消息/).count()).toBe(0);
  });
});
