import type { Redis } from 'ioredis';
import type { InboxItem, LiveVisitor, LiveVisitorPage } from '@parley/shared';
import { duplicateRedis, openRedis } from './open-redis.js';
import type { Logger } from '../logger.js';
import { afterPageView, afterSignal, goneAt, liveDefaults, pageOfRows, type LiveEntry, type LiveOptions, type LiveSignal, type PageViewFacts } from '../domain/proactive/live-entry.js';
import type { LiveChange, LiveList } from '../domain/proactive/live-list.js';

/**
 * Writes an entry only if nobody else did since it was read (its version is still ARGV[1]),
 * keeps the site's row, the sweep's deadline and the key lifetimes in step, and publishes a
 * changed row, all in one atomic step.
 * KEYS: entry hash, site rows hash, deadlines zset, inbox list.
 * ARGV: version read, entry JSON, row JSON ('' when the row did not change), visitor id,
 *       deadline, deadline member, channel, change message, lifetime ms.
 */
const writeScript = `
local v = redis.call('HGET', KEYS[1], 'v')
if (v or '') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', tostring((tonumber(v) or 0) + 1), 'e', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[9])
redis.call('PEXPIRE', KEYS[4], ARGV[9])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[6])
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[4], ARGV[3])
  redis.call('PUBLISH', ARGV[7], ARGV[8])
end
return 1`;

/**
 * Removes a visitor whose deadline has passed (still passed: a heartbeat may have just moved
 * it), with their row and inbox, and publishes the removal. Returns 1 to the one process
 * that removed them. KEYS: deadlines zset, entry hash, site rows hash, inbox list.
 * ARGV: deadline member, now, visitor id, channel, change message.
 */
const removeScript = `
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due or tonumber(due) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2], KEYS[4])
redis.call('HDEL', KEYS[3], ARGV[3])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1`;

/** Queues an inbox item only for a visitor who is live. KEYS: entry hash, inbox list. ARGV: item JSON, lifetime ms. */
const pushScript = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1`;

interface LiveCommands {
  liveWrite(...args: (string | number)[]): Promise<number>;
  liveRemove(...args: (string | number)[]): Promise<number>;
  livePush(...args: (string | number)[]): Promise<number>;
}

/** How often a change is retried when other processes keep changing the same visitor. */
const maxAttempts = 20;
/** Visitors the sweep looks at per call; the next sweep takes the rest. */
const sweepBatch = 1000;

/**
 * The live list shared by every server process through Redis: a widget's page views and
 * heartbeats may land on any process, and each console, wherever it is connected, sees the
 * whole list and hears every change (Redis pub/sub to every process, which passes it to its
 * own consoles).
 *
 * Per site: a hash of rows (what the console lists), and per visitor a hash holding the entry
 * as JSON with a version, and a list for the inbox; one sorted set holds when each visitor
 * counts as gone. Changes are optimistic: read the entry, compute the next one with the same
 * functions as the in-memory list, write it if the version still matches, else read again.
 * Needs one Redis (not Redis Cluster: a script touches keys of several slots).
 */
export class RedisLiveList implements LiveList {
  private readonly listeners = new Set<(change: LiveChange) => void>();
  /** The last write queued per visitor key in this process. */
  private readonly writing = new Map<string, Promise<void>>();
  private readonly commands: LiveCommands;
  private readonly channel: string;
  /** Every key lives at least this long past its last write, so a crash between steps leaves nothing for ever. */
  private readonly lifetimeMs: number;

  private constructor(
    private readonly redis: Redis,
    private readonly sub: Redis,
    private readonly prefix: string,
    private readonly now: () => number,
    private readonly options: LiveOptions,
  ) {
    redis.defineCommand('liveWrite', { numberOfKeys: 4, lua: writeScript });
    redis.defineCommand('liveRemove', { numberOfKeys: 4, lua: removeScript });
    redis.defineCommand('livePush', { numberOfKeys: 2, lua: pushScript });
    this.commands = redis as unknown as LiveCommands;
    this.channel = `${prefix}changes`;
    this.lifetimeMs = 2 * Math.max(options.staleMs, options.leaveGraceMs) + 60_000;
    sub.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const change = JSON.parse(message) as LiveChange;
      for (const listener of this.listeners) listener(change);
    });
  }

  /** Connects and subscribes; fails at boot, not later, when Redis does not answer. */
  static async connect(
    url: string,
    log: Logger,
    options: { now?: () => number; live?: LiveOptions; prefix?: string } = {},
  ): Promise<RedisLiveList> {
    const redis = await openRedis(url, log, 'live list');
    const sub = duplicateRedis(redis, log, 'live list');
    const list = new RedisLiveList(redis, sub, options.prefix ?? 'parley:live:', options.now ?? Date.now, options.live ?? liveDefaults);
    try {
      await sub.subscribe(list.channel);
    } catch (err) {
      redis.disconnect();
      sub.disconnect();
      throw new Error(`cannot subscribe to Redis at REDIS_URL (live list): ${(err as Error).message}`);
    }
    return list;
  }

  onChange(listener: (change: LiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async get(siteId: string, visitorId: string): Promise<LiveEntry | null> {
    const json = await this.redis.hget(this.entryKey(siteId, visitorId), 'e');
    return json ? (JSON.parse(json) as LiveEntry) : null;
  }

  async pageView(facts: PageViewFacts): Promise<LiveEntry> {
    const written = await this.write(facts.siteId, facts.visitorId, (prev) => afterPageView(prev, facts, this.now(), this.options));
    return written!;
  }

  async signal(siteId: string, visitorId: string, signal: LiveSignal): Promise<LiveEntry | null> {
    return this.modify(siteId, visitorId, (entry) => afterSignal(entry, signal, this.now()));
  }

  async modify(siteId: string, visitorId: string, change: (entry: LiveEntry) => LiveEntry): Promise<LiveEntry | null> {
    return this.write(siteId, visitorId, (prev) => (prev ? change(prev) : null));
  }

  async pushInbox(siteId: string, visitorId: string, item: InboxItem): Promise<void> {
    await this.commands.livePush(this.entryKey(siteId, visitorId), this.inboxKey(siteId, visitorId), JSON.stringify(item), this.lifetimeMs);
  }

  async takeInbox(siteId: string, visitorId: string): Promise<InboxItem[]> {
    const key = this.inboxKey(siteId, visitorId);
    // One transaction: two processes asking at once cannot both get an item.
    const results = await this.redis.multi().lrange(key, 0, -1).del(key).exec();
    const items = (results?.[0]?.[1] ?? []) as string[];
    return items.map((json) => JSON.parse(json) as InboxItem);
  }

  async rows(siteId: string): Promise<LiveVisitor[]> {
    return (await this.redis.hvals(this.rowsKey(siteId))).map((json) => JSON.parse(json) as LiveVisitor);
  }

  async page(siteId: string, cursor: string | null, limit: number): Promise<LiveVisitorPage> {
    return pageOfRows(siteId, await this.rows(siteId), cursor, limit);
  }

  async count(siteId: string): Promise<number> {
    return this.redis.hlen(this.rowsKey(siteId));
  }

  async sweep(): Promise<number> {
    const at = this.now();
    const due = await this.redis.zrangebyscore(this.dueKey(), '-inf', `(${at}`, 'LIMIT', 0, sweepBatch);
    const removed = await Promise.all(
      due.map((member) => {
        const split = member.indexOf('\n');
        const [siteId, visitorId] = [member.slice(0, split), member.slice(split + 1)];
        const message = JSON.stringify({ siteId, remove: visitorId } satisfies LiveChange);
        return this.commands.liveRemove(
          this.dueKey(),
          this.entryKey(siteId, visitorId),
          this.rowsKey(siteId),
          this.inboxKey(siteId, visitorId),
          member,
          at,
          visitorId,
          this.channel,
          message,
        );
      }),
    );
    return removed.filter((n) => n === 1).length;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.allSettled([this.redis.quit(), this.sub.quit()]);
  }

  /**
   * Changes of one visitor made in this process go one after another, so only other processes'
   * changes can make a write retry (a page view and a heartbeat landing on two processes at once).
   */
  private write(siteId: string, visitorId: string, change: (prev: LiveEntry | null) => LiveEntry | null): Promise<LiveEntry | null> {
    const key = this.entryKey(siteId, visitorId);
    const run = (this.writing.get(key) ?? Promise.resolve()).then(() => this.writeOnce(key, siteId, visitorId, change));
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.writing.set(key, settled);
    void settled.then(() => {
      if (this.writing.get(key) === settled) this.writing.delete(key);
    });
    return run;
  }

  /** Reads, computes the next entry, writes it if nobody wrote meanwhile; else again. */
  private async writeOnce(key: string, siteId: string, visitorId: string, change: (prev: LiveEntry | null) => LiveEntry | null): Promise<LiveEntry | null> {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const [version, json] = await this.redis.hmget(key, 'v', 'e');
      const prev = json ? (JSON.parse(json) as LiveEntry) : null;
      const next = change(prev);
      if (!next || next === prev) return next;
      const rowChanged = !prev || next.row !== prev.row;
      const written = await this.commands.liveWrite(
        key,
        this.rowsKey(siteId),
        this.dueKey(),
        this.inboxKey(siteId, visitorId),
        version ?? '',
        JSON.stringify(next),
        rowChanged ? JSON.stringify(next.row) : '',
        visitorId,
        goneAt(next, this.options),
        `${siteId}\n${visitorId}`,
        this.channel,
        rowChanged ? JSON.stringify({ siteId, upsert: next.row } satisfies LiveChange) : '',
        this.lifetimeMs,
      );
      if (written === 1) return next;
      // A random pause, growing with the attempts, so two processes that keep colliding fall out of step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * (attempt + 1)));
    }
    throw new Error(`live list: visitor ${visitorId} kept changing under ${maxAttempts} attempts`);
  }

  private entryKey(siteId: string, visitorId: string): string {
    return `${this.prefix}${siteId}:v:${visitorId}`;
  }

  private inboxKey(siteId: string, visitorId: string): string {
    return `${this.prefix}${siteId}:in:${visitorId}`;
  }

  private rowsKey(siteId: string): string {
    return `${this.prefix}${siteId}:rows`;
  }

  private dueKey(): string {
    return `${this.prefix}due`;
  }
}
