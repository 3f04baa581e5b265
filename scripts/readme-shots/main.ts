import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium } from '../../test/support/chromium.js';
import { repoRoot, ServerProcess } from '../../test/support/server-process.js';
import { DemoTeam, showWidgetState } from '../../test/support/widget-states.js';

/** The little of sharp used here. */
interface SharpImage {
  resize(options: { width: number }): SharpImage;
  png(options: { palette: boolean; quality: number; compressionLevel: number; effort: number }): SharpImage;
  toFile(file: string): Promise<{ width: number; height: number; size: number }>;
}

// sharp is the server's dependency (it shrinks avatars there); borrowed to keep the PNGs small.
const sharp = createRequire(path.join(repoRoot, 'server', 'package.json'))('sharp') as (input: Buffer) => SharpImage;

/** A PNG as small as it stays sharp: a 256-colour palette, best compression. */
async function savePng(shot: Buffer, file: string, width?: number): Promise<void> {
  let image = sharp(shot);
  if (width) image = image.resize({ width });
  const info = await image.png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 }).toFile(file);
  console.log(`${path.relative(repoRoot, file)}: ${info.width}×${info.height}, ${info.size} B`);
}

const docs = path.join(repoRoot, 'docs');
mkdirSync(docs, { recursive: true });
const server = await ServerProcess.start();
const browser = await launchChromium();
const team = await DemoTeam.start(server.url);
try {
  await team.clear();
  // The widget, open and chatting on the demo page: the panel, its launcher below and a margin.
  const visitor = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
  const page = await visitor.newPage();
  await showWidgetState(page, server.url, team, 'chatting', 'en');
  await page.waitForTimeout(500);
  const box = (await page.locator('parley-widget .panel:not([hidden])').boundingBox())!;
  const margin = 24;
  const clip = { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: Math.min(1366 - box.x + margin, box.width + 2 * margin), height: 900 - Math.max(0, box.y - margin) };
  await savePng(await page.screenshot({ clip }), path.join(docs, 'widget.png'));

  // Two more visitors write, so the inbox has a list; one in Traditional Chinese.
  for (const [locale, text] of [['zh-TW', '請問可以開發票嗎？'], ['en-US', 'Do you ship to Canada?']] as const) {
    const other = await (await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })).newPage();
    await other.goto(`${server.url}/`);
    await other.locator('parley-widget button.l').click();
    await other.locator('parley-widget #parley-input').fill(text);
    await other.locator('parley-widget #parley-input').press('Enter');
    await other.waitForTimeout(500);
  }

  // The console at 1366 px, signed in as the demo agent, with the answered conversation open.
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
  });
  const session = (await login.json()) as { token: string; agent: unknown };
  const agent = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 820 } });
  await agent.addInitScript((saved) => {
    // Runs in the page (the scripts are type-checked without the DOM's types).
    const store = (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage;
    store.setItem('parley:console:token', saved.token);
    store.setItem('parley:console:agent', JSON.stringify(saved.agent));
  }, session);
  const console_ = await agent.newPage();
  await console_.goto(`${server.url}/console/`);
  await console_.getByRole('tab', { name: /All open/ }).click({ timeout: 15_000 });
  // The list row shows the last line (the agent's reply); the transcript then shows the question too.
  await console_.getByText('It shipped this morning', { exact: false }).first().click({ timeout: 15_000 });
  await console_.getByText('Where is my order #1042?', { exact: false }).last().waitFor();
  await console_.waitForTimeout(800);
  await savePng(await console_.screenshot(), path.join(docs, 'console.png'), 1200);
} finally {
  team.close();
  await browser.close();
  await server.dispose();
}
