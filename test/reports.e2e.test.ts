import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { agentCommand, visitorCommand, type ReportAgents, type ReportHeatmap, type ReportOverview } from '@parley/shared';
import { launchChromium } from './support/chromium.js';
import { agentSocket, demoAdmin, visitorSocket, type AgentSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';
import { axeViolations } from './support/axe-page.js';

const timeZone = 'Asia/Shanghai';
const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());

function axe(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  return axeViolations(page);
}

/**
 * The Reports page in Chromium, on conversations made through real sockets: three visitors
 * write, the demo admin answers and closes two, one visitor rates. The page's figures must be
 * the REST answer's, its charts drawn, its agents' table exported as CSV, and axe-core must
 * find nothing on it.
 */
describe('the Reports page', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof demoAdmin>>;
  let agent: AgentSocket;
  const visitors: VisitorSocket[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    admin = await demoAdmin(server.url);
    agent = await agentSocket(server.url, admin.token);
    for (let i = 0; i < 3; i++) {
      const visitor = await visitorSocket(server.url);
      visitors.push(visitor);
      const sent = await visitorCommand(visitor, 'message:send', { clientId: `reports-${i}-${Date.now()}`, text: `你好，第 ${i + 1} 个问题` }, 10_000);
      if (!sent.ok) throw new Error(sent.error.message);
      if (i === 2) continue;
      const conversationId = sent.data.conversationId;
      const reply = await agentCommand(agent, 'message:send', { conversationId, clientId: `reply-${i}-${Date.now()}`, text: '您好，我来帮您。', internal: false }, 10_000);
      if (!reply.ok) throw new Error(reply.error.message);
      const closed = await agentCommand(agent, 'conversation:close', { conversationId }, 10_000);
      if (!closed.ok) throw new Error(closed.error.message);
      if (i === 0) {
        const rated = await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 5, comment: '很好，谢谢' }, 10_000);
        if (!rated.ok) throw new Error(rated.error.message);
      }
    }
  });
  afterAll(async () => {
    for (const v of visitors) v.disconnect();
    agent?.disconnect();
    await browser?.close();
    await server?.dispose();
  });

  it('shows the REST figures, draws its charts, exports CSV and passes axe-core', async () => {
    const query = `from=${today}&to=${today}&timeZone=${encodeURIComponent(timeZone)}`;
    // The first responses are recorded just after the replies: wait until the REST answer has them.
    await expect.poll(async () => (await admin.call<ReportOverview>('GET', `/reports/overview?${query}`)).conversations.answered, { timeout: 10_000 }).toBe(2);
    const overview = await admin.call<ReportOverview>('GET', `/reports/overview?${query}`);
    const heatmap = await admin.call<ReportHeatmap>('GET', `/reports/heatmap?${query}`);
    const agents = await admin.call<ReportAgents>('GET', `/reports/agents?${query}`);
    expect(overview.conversations.started).toBe(3);
    expect(overview.rating.responses).toBe(1);

    const context = await browser.newContext({ locale: 'en-US', timezoneId: timeZone, viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Email').fill('agent@demo.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Reports' }).click();
    // The workspace's zone by default (the demo site's opening hours name one, or UTC); the REST answers above are Shanghai's.
    const zone = page.getByLabel('Time zone');
    expect(await zone.inputValue()).toBe('');
    expect(await zone.locator('option').first().textContent()).toMatch(/^\S+ \(workspace\)$/);
    await zone.selectOption(timeZone);
    await page.getByLabel('Period').selectOption('today');
    await page.locator('[data-report-ready]').waitFor({ timeout: 15_000 });

    const card = (figure: string) => page.locator(`[data-figure="${figure}"] .report-card-value`).textContent();
    await expect.poll(() => card('started'), { timeout: 10_000 }).toBe(String(overview.conversations.started));
    expect(await card('answered')).toBe(String(overview.conversations.answered));
    expect(await card('missed')).toBe(String(overview.conversations.missed));
    expect(await card('rating')).toBe('5 / 5');
    expect(await card('responses')).toBe('1');
    expect(await card('proactiveShown')).toBe(String(overview.proactive.shown));
    expect(await card('proactiveGoals')).toBe(String(overview.proactive.goals));
    expect(await page.getByText('很好，谢谢').count()).toBe(1);

    // Both charts drawn (uPlot's canvases), each beside its table.
    await expect.poll(() => page.locator('.report-chart canvas').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('[data-chart=lines] canvas').count()).toBe(1);
    const volumeRows = page.getByRole('table', { name: 'Conversations by day' }).locator('tbody tr');
    expect(await volumeRows.count()).toBe(1);
    expect((await volumeRows.first().locator('td').nth(1).textContent())?.trim()).toBe(String(overview.days[0]!.started));

    // The heatmap's cells are the REST cells.
    const busy = heatmap.cells.filter((c) => c.conversations > 0);
    for (const c of busy) {
      expect(await page.locator(`td[data-weekday="${c.weekday}"][data-hour="${c.hour}"]`).textContent()).toBe(String(c.conversations));
    }
    const drawnTotal = await page.locator('.report-heatmap-table td').evaluateAll((tds) => tds.reduce((n, td) => n + Number(td.textContent), 0));
    expect(drawnTotal).toBe(3);

    const demo = agents.agents.find((a) => a.name === 'Demo Agent')!;
    const row = page.getByRole('table', { name: 'Agents' }).getByRole('row', { name: /Demo Agent/ });
    expect((await row.locator('td').nth(1).textContent())?.trim()).toBe(String(demo.conversations));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV: Agents' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFName,Conversations,First response (median),Resolution (median),Rating,Time online,Utilisation');
    expect(csv).toContain(`Demo Agent,${demo.conversations},`);

    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
