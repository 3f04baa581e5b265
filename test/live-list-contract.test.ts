import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, liveDefaults, MemoryLiveList, RedisLiveList, type LiveChange, type LiveList, type PageViewFacts } from '@parley/server';
import { RedisProcess } from './support/redis-process.js';

/** A clock the test moves by hand. */
class Clock {
  at = 1_800_000_000_000;
  readonly now = () => this.at;
}

const options = { ...liveDefaults, journeyMax: 3 };

/** Two views of one live list: the same object in memory, two "processes" (two connections) on Redis. */
interface Pair {
  a: LiveList;
  b: LiveList;
  clock: Clock;
}

let siteCounter = 0;

function facts(siteId: string, visitorId: string, over: Partial<PageViewFacts> = {}): PageViewFacts {
  return {
    siteId,
    workspaceId: 'w1',
    visitorId,
    session: 's1',
    visitStartedAt: 1_800_000_000_000,
    pages: 1,
    url: 'https://shop.example/pricing',
    title: '价格',
    referrer: null,
    returning: false,
    device: 'desktop',
    browser: 'Chrome',
    language: 'zh-CN',
    name: null,
    email: null,
    conversationId: null,
    history: [],
    ...over,
  };
}

async function eventually(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * What every live list promises (the in-memory one of a single process, the Redis one shared
 * by several): rows and pages, visits and journeys, departures swept once, inbox items handed
 * out once, concurrent changes all kept, and every change heard by every listener.
 */
function liveListContract(name: string, open: () => Promise<Pair>, close: (pair: Pair) => Promise<void>): void {
  describe(`live list contract: ${name}`, () => {
    let pair: Pair;
    let site: string;
    const heard: LiveChange[] = [];

    beforeAll(async () => {
      pair = await open();
      pair.b.onChange((change) => heard.push(change));
    });
    afterAll(async () => close(pair));

    it('a page view makes a row every view reads, and is heard as an upsert', async () => {
      site = `site-${++siteCounter}`;
      const entry = await pair.a.pageView(facts(site, 'v1'));
      expect(entry.row).toMatchObject({ visitorId: 'v1', url: 'https://shop.example/pricing', title: '价格', pages: 1 });
      expect((await pair.b.get(site, 'v1'))?.journey.map((p) => p.title)).toEqual(['价格']);
      expect(await pair.b.count(site)).toBe(1);
      expect((await pair.b.page(site, null, 10)).visitors.map((r) => r.visitorId)).toEqual(['v1']);
      await eventually(() => heard.some((c) => c.siteId === site && 'upsert' in c && c.upsert.visitorId === 'v1'));
    });

    it('the next page of a visit keeps its start and a capped journey; a new visit starts afresh but keeps the history', async () => {
      const first = await pair.b.get(site, 'v1');
      pair.clock.at += 1000;
      await pair.b.pageView(facts(site, 'v1', { url: 'https://shop.example/a', pages: 2, visitStartedAt: 0 }));
      await pair.a.pageView(facts(site, 'v1', { url: 'https://shop.example/b', pages: 3 }));
      const third = await pair.a.pageView(facts(site, 'v1', { url: 'https://shop.example/c', pages: 4 }));
      expect(third.row.visitStartedAt).toBe(first!.row.visitStartedAt);
      expect(third.journey.map((p) => p.url)).toEqual(['https://shop.example/a', 'https://shop.example/b', 'https://shop.example/c']);

      await pair.a.modify(site, 'v1', (e) => ({ ...e, history: [{ ruleId: 'r1', kind: 'shown', sessionId: 's1', at: 1 }], shownThisVisit: ['r1'] }));
      const fresh = await pair.b.pageView(facts(site, 'v1', { session: 's2', url: 'https://shop.example/', history: [] }));
      expect(fresh.journey).toHaveLength(1);
      expect(fresh.shownThisVisit).toEqual([]);
      expect(fresh.history.map((h) => h.ruleId)).toEqual(['r1']);
    });

    it('a heartbeat is news for the console only when the visibility changes', async () => {
      // Changes are heard in the order they were made: once this one is heard, none before it is still on its way.
      await pair.a.pageView(facts(site, 'marker'));
      await eventually(() => heard.some((c) => 'upsert' in c && c.upsert.visitorId === 'marker'));
      const before = heard.length;
      await pair.a.signal(site, 'v1', {});
      await pair.a.signal(site, 'v1', { hidden: true });
      await eventually(() => heard.slice(before).some((c) => 'upsert' in c && c.upsert.hidden));
      await new Promise((r) => setTimeout(r, 50));
      expect(heard.slice(before)).toHaveLength(1);
      expect(await pair.a.signal(site, 'nobody', {})).toBeNull();
    });

    it('departures are swept once: after the grace when the page left, after the stale time when silent', async () => {
      await pair.a.pageView(facts(site, 'leaver'));
      await pair.a.pageView(facts(site, 'silent'));
      await pair.a.signal(site, 'leaver', { leave: true });
      pair.clock.at += options.leaveGraceMs - 1;
      expect((await pair.a.sweep()) + (await pair.b.sweep())).toBe(0);
      pair.clock.at += 2;
      await pair.a.signal(site, 'v1', {});
      expect((await Promise.all([pair.a.sweep(), pair.b.sweep()])).reduce((x, y) => x + y)).toBe(1);
      expect(await pair.b.get(site, 'leaver')).toBeNull();
      await eventually(() => heard.some((c) => 'remove' in c && c.remove === 'leaver'));

      pair.clock.at += options.staleMs - options.leaveGraceMs;
      await pair.b.signal(site, 'v1', {});
      // The silent one and the previous test's marker.
      expect((await Promise.all([pair.a.sweep(), pair.b.sweep()])).reduce((x, y) => x + y)).toBe(2);
      expect((await pair.a.rows(site)).map((r) => r.visitorId)).toEqual(['v1']);
      expect(await pair.a.count(site)).toBe(1);
    });

    it('an inbox item is handed out once, whichever side asks; nothing is queued for a visitor not here', async () => {
      await pair.a.pushInbox(site, 'v1', { type: 'announcement', id: 'n1', text: '系统维护中' });
      await pair.a.pushInbox(site, 'v1', { type: 'chat', conversationId: 'c1', text: 'Hi', name: 'Mei' });
      const [one, two] = await Promise.all([pair.b.takeInbox(site, 'v1'), pair.a.takeInbox(site, 'v1')]);
      expect([...one, ...two].map((i) => i.type)).toEqual(['announcement', 'chat']);
      await pair.a.pushInbox(site, 'nobody', { type: 'announcement', id: 'n2', text: 'x' });
      expect(await pair.b.takeInbox(site, 'nobody')).toEqual([]);
    });

    it('concurrent changes to one visitor from both sides are all kept', async () => {
      const writes = Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? pair.a : pair.b).modify(site, 'v1', (e) => ({ ...e, history: [...e.history, { ruleId: `c${i}`, kind: 'goal', sessionId: 's2', at: i }] })),
      );
      await Promise.all(writes);
      const kept = (await pair.a.get(site, 'v1'))!.history.filter((h) => h.ruleId.startsWith('c'));
      expect(kept).toHaveLength(40);
    });

    it('paging walks every row once, newest visits first', async () => {
      const paged = `site-${++siteCounter}`;
      for (let i = 0; i < 7; i++) await pair.a.pageView(facts(paged, `p${i}`, { visitStartedAt: pair.clock.at - i * 1000 }));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await pair.b.page(paged, cursor, 3);
        expect(page.total).toBe(7);
        seen.push(...page.visitors.map((r) => r.visitorId));
        cursor = page.cursor;
      } while (cursor);
      expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    });
  });
}

liveListContract(
  'in memory',
  async () => {
    const clock = new Clock();
    const list = new MemoryLiveList(clock.now, options);
    return { a: list, b: list, clock };
  },
  async (pair) => pair.a.close(),
);

let redis: RedisProcess | null = null;
liveListContract(
  'Redis, two processes',
  async () => {
    redis = await RedisProcess.start();
    const clock = new Clock();
    const log = createLogger('silent');
    const open = () => RedisLiveList.connect(redis!.url, log, { now: clock.now, live: options });
    return { a: await open(), b: await open(), clock };
  },
  async (pair) => {
    await Promise.all([pair.a.close(), pair.b.close()]);
    await redis?.stop();
  },
);
