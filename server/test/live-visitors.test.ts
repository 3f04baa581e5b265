import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentCommand, type Ack, type LiveVisitor, type LiveVisitorPage, type LiveVisitorPatch } from '@parley/shared';
import { eventually } from './conversation-helpers.js';
import { adminApi, SimulatedTab } from './proactive-helpers.js';
import { startTestServer, type AgentClient, type TestServer } from './test-server.js';

/** A console's copy of the live list: the first page, then patches applied as they come. */
class ConsoleCopy {
  readonly rows = new Map<string, LiveVisitor>();
  total = 0;
  patches = 0;
  patchBytes = 0;
  changes = 0;

  constructor(agent: AgentClient) {
    agent.on('visitors:patch', (patch: LiveVisitorPatch) => {
      this.patches++;
      this.patchBytes += Buffer.byteLength(JSON.stringify(patch));
      this.changes += patch.upsert.length + patch.remove.length;
      for (const row of patch.upsert) this.rows.set(row.visitorId, row);
      for (const id of patch.remove) this.rows.delete(id);
      this.total = patch.total;
    });
  }
}

/** Runs `task` over `items` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** V8's gc, for heap figures that do not count garbage. */
function gc(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

const heapUsed = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const visitors = 1200;

/**
 * Many simulated visitors (the widget tracker's real REST calls) against the real server while
 * a console watches the live list over its socket: the list stays right through page views and
 * departures, and the server's cost per visitor is measured and printed.
 */
describe(`live visitors: ${visitors} simulated visitors`, () => {
  let t: TestServer;
  let agent: AgentClient;
  let siteId: string;
  let copy: ConsoleCopy;
  const tabs = Array.from({ length: visitors }, () => null as unknown as SimulatedTab);

  beforeAll(async () => {
    t = await startTestServer({}, { parley: { liveVisitors: { leaveGraceMs: 0 } } });
    siteId = (await adminApi(t)).siteId;
    agent = await t.agent();
    copy = new ConsoleCopy(agent);
  });
  afterAll(async () => {
    await t.close();
  });

  it('subscribes to an empty list, then patches bring every arriving visitor, each with the page they are on', { timeout: 60_000 }, async () => {
    const first = await agentCommand(agent, 'visitors:subscribe', { siteId }, 5000);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data).toMatchObject({ total: 0, visitors: [], cursor: null });

    const heapBefore = heapUsed();
    const started = Date.now();
    await pool(tabs.map((_, i) => i), 32, async (i) => {
      tabs[i] = new SimulatedTab(t, { language: i % 2 ? 'zh-TW' : 'en-GB' });
      await tabs[i]!.view('/', 'Home');
    });
    await pool(tabs, 32, (tab) => tab.view('/pricing', 'Pricing'));
    const elapsed = Date.now() - started;
    await eventually(() => copy.rows.size === visitors && [...copy.rows.values()].every((r) => r.pages === 2), 10_000);
    const heapAfter = heapUsed();

    expect(copy.total).toBe(visitors);
    const sample = copy.rows.get(tabs[7]!.visitorId)!;
    expect(sample).toMatchObject({ title: 'Pricing', pages: 2, returning: false, device: 'desktop', browser: 'Chrome', language: 'zh-TW', conversationId: null });
    expect(new URL(sample.url).pathname).toBe('/pricing');

    const pageViews = visitors * 2;
    const perVisitorKiB = (heapAfter - heapBefore) / visitors / 1024;
    const answerBytes = tabs.reduce((sum, tab) => sum + tab.answerBytes, 0) / pageViews;
    console.info(
      [
        `live visitors: ${visitors} visitors, ${pageViews} page views in ${elapsed} ms (${Math.round((pageViews / elapsed) * 1000)}/s over REST, 32 at a time)`,
        `  server heap per live visitor: ${perVisitorKiB.toFixed(2)} KiB (heap growth after gc, whole process)`,
        `  page-view answer to the widget: ${answerBytes.toFixed(0)} B on average`,
        `  console: ${copy.patches} patches, ${copy.changes} row changes, ${(copy.patchBytes / copy.changes).toFixed(0)} B per change, ${(copy.patchBytes / 1024).toFixed(1)} KiB in all`,
      ].join('\n'),
    );
    // Deltas, batched: far fewer patches than page views, and no whole-list resends.
    expect(copy.patches).toBeLessThan(pageViews / 10);
    expect(copy.patchBytes / copy.changes).toBeLessThan(600);
    expect(perVisitorKiB).toBeLessThan(16);
  });

  it('pages through the list with a cursor, each visitor exactly once', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const ack: Ack<LiveVisitorPage> = cursor
        ? await agentCommand(agent, 'visitors:page', { siteId, cursor, limit: 400 }, 5000)
        : await agentCommand(agent, 'visitors:subscribe', { siteId, limit: 400 }, 5000);
      if (!ack.ok) throw new Error(ack.error.message);
      for (const row of ack.data.visitors) {
        expect(seen.has(row.visitorId)).toBe(false);
        seen.add(row.visitorId);
      }
      cursor = ack.data.cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(visitors / 400));
    expect(seen.size).toBe(visitors);
  });

  it('visitors who leave are removed from the console copy; a visibility change is one small patch', { timeout: 30_000 }, async () => {
    const leaving = tabs.slice(0, visitors / 3);
    const bytesBefore = copy.patchBytes;
    const changesBefore = copy.changes;
    await pool(leaving, 32, (tab) => tab.ping([], { leave: true }));
    await t.server.liveList.sweep();
    await eventually(() => copy.rows.size === visitors - leaving.length, 10_000);
    expect(copy.total).toBe(visitors - leaving.length);
    for (const tab of leaving.slice(0, 20)) expect(copy.rows.has(tab.visitorId)).toBe(false);
    const removeBytes = (copy.patchBytes - bytesBefore) / (copy.changes - changesBefore);

    const stayer = tabs[visitors - 1]!;
    await stayer.ping([], { hidden: true });
    await eventually(() => copy.rows.get(stayer.visitorId)?.hidden === true, 5000);
    console.info(`  console: ${removeBytes.toFixed(0)} B per departure in batched patches`);
    expect(await t.server.proactive.liveCount(siteId)).toBe(visitors - leaving.length);
  });
});
