import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { BotPresenceShare } from '../domain/bots/bot-presence.js';

/** How long a process's word that it holds a bot's socket lasts unless renewed (a crashed process stops renewing). */
const ttlMs = 15_000;
const renewEveryMs = 5_000;

/**
 * Bot sockets across processes, in Redis: per bot a sorted set of the processes that hold one
 * of its sockets, each scored with when its word runs out. A process renews its entries while
 * it holds the sockets and removes them when the last one closes; a process that dies simply
 * stops renewing, and within `ttlMs` the bot no longer counts as connected through it.
 */
export class RedisBotPresence implements BotPresenceShare {
  private readonly processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly here = new Set<string>();
  private readonly renewer: ReturnType<typeof setInterval>;

  constructor(
    private readonly redis: Redis,
    private readonly log: Logger,
    private readonly prefix = 'parley:bots:online:',
  ) {
    this.renewer = setInterval(() => this.renew(), renewEveryMs);
    this.renewer.unref();
  }

  set(botId: string, connected: boolean): void {
    if (connected) {
      this.here.add(botId);
      this.write(botId);
    } else {
      this.here.delete(botId);
      // Commands on one connection run in order: this cannot overtake an earlier renewal.
      this.redis.zrem(this.key(botId), this.processId).catch((err: unknown) => this.log.warn({ err, botId }, 'bot presence: removal failed'));
    }
  }

  async anywhere(botId: string): Promise<boolean> {
    return (await this.redis.zcount(this.key(botId), Date.now(), '+inf')) > 0;
  }

  async close(): Promise<void> {
    clearInterval(this.renewer);
    await Promise.allSettled([...this.here].map((botId) => this.redis.zrem(this.key(botId), this.processId)));
    this.here.clear();
    await this.redis.quit().catch(() => undefined);
  }

  private renew(): void {
    for (const botId of this.here) this.write(botId);
  }

  private write(botId: string): void {
    const key = this.key(botId);
    this.redis
      .multi()
      .zadd(key, Date.now() + ttlMs, this.processId)
      // Entries of processes that died long ago go; the set itself goes when nobody renews it.
      .zremrangebyscore(key, '-inf', Date.now() - ttlMs)
      .pexpire(key, ttlMs * 2)
      .exec()
      .catch((err: unknown) => this.log.warn({ err, botId }, 'bot presence: renewal failed'));
  }

  private key(botId: string): string {
    return `${this.prefix}${botId}`;
  }
}
