import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';

/**
 * The security headers in a real browser: the console works under its strict CSP (no
 * violation reported while signing in and opening a few screens), the API and console cannot
 * be framed, and the widget still loads and chats on a page whose own CSP allows only what
 * the README tells site owners to allow.
 */
describe('security headers', () => {
  let server: ServerProcess;
  let browser: Browser;
  let hostPage: Server | undefined;
  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    hostPage?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('answers with nosniff, a referrer policy, and a CSP per kind of answer', async () => {
    const api = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const consolePage = await fetch(`${server.url}/console/`);
    expect(consolePage.headers.get('content-security-policy')).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    expect(consolePage.headers.get('x-frame-options')).toBe('DENY');
    const loader = await fetch(`${server.url}/widget.js`);
    expect(loader.headers.get('content-security-policy')).toBeNull();
    expect(loader.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // HSTS only over TLS (here: the proxy on this host says so).
    expect(api.headers.get('strict-transport-security')).toBeNull();
    const tls = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('runs the console under its CSP without a single violation', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Email').fill('agent@demo.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('loads the widget and chats on a host page with a strict CSP that allows only the documented directives', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    const csp = `default-src 'none'; script-src ${origin}; connect-src ${origin} ${origin.replace('http', 'ws')}; style-src 'unsafe-inline'; img-src ${origin} data: blob:`;
    // The host page on another origin of this machine (Chromium keeps loopback pages from loading loopback scripts of another address space).
    hostPage = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp });
      res.end(`<!doctype html><html><body><h1>Shop</h1><script src="${origin}/widget.js" data-site="demo" async></script></body></html>`);
    });
    await new Promise<void>((r) => hostPage!.listen(0, '127.0.0.1', () => r()));
    const host = `http://127.0.0.1:${(hostPage.address() as AddressInfo).port}`;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // The demo site allows only its own origin: let the host page's origin in for this test.
    const token = await (await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }) })).json() as { token: string };
    const sites = (await (await fetch(`${server.url}/api/v1/sites`, { headers: { authorization: `Bearer ${token.token}` } })).json()) as { sites: { id: string }[] };
    await fetch(`${server.url}/api/v1/sites/${sites.sites[0]!.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ allowedOrigins: ['self', host] }),
    });
    await page.goto(`${host}/host-page`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    const composer = page.getByRole('textbox').first();
    await composer.fill('Does the widget work under CSP?');
    await composer.press('Enter');
    await expect.poll(() => page.getByText('Does the widget work under CSP?').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });
});
