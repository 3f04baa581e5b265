import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode, type SiteRateLimit } from '@parley/shared';
import { AppError } from '../app-error.js';
import type { LimitName, LimitRule, LimitSettings } from './limit-rules.js';

/** The longest block a growing limit reaches. */
const MAX_BLOCK_SECONDS = 24 * 3600;

/**
 * The abuse limits (`limit-rules.ts`), counted in this process's memory, or in Redis when one is
 * given so that every server process behind a load balancer counts the same. Redis unreachable:
 * each process counts in memory meanwhile (the insurance limiter) rather than refusing honest
 * users. Keys are hashed: no email, address or token is written to Redis as it is.
 */
export class RateLimits {
  private readonly limiters = new Map<LimitName, RateLimiterAbstract>();
  /** A site's own limits, one limiter per distinct rule, made the first time one is used. */
  private readonly siteLimiters = new Map<string, RateLimiterAbstract>();
  private readonly make: (keyPrefix: string, points: number, duration: number) => RateLimiterAbstract;
  private readonly strikes: RateLimiterAbstract;

  constructor(
    private readonly settings: LimitSettings,
    redis: Redis | null = null,
    /** Told of each refusal (the `parley_rate_limited_total` counter). */
    private readonly onRefused: (name: LimitName) => void = () => {},
  ) {
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!redis) return memory;
      return new RateLimiterRedis({ storeClient: redis, keyPrefix: `parley:limit:${keyPrefix}`, points, duration, insuranceLimiter: memory });
    };
    this.make = make;
    for (const [name, rule] of Object.entries(settings.rules) as [LimitName, LimitRule][]) {
      this.limiters.set(name, make(name, rule.points, rule.seconds));
    }
    // Strikes of the growing limits: how many times a key went past its limit in a day.
    this.strikes = make('strikes', 1_000_000, MAX_BLOCK_SECONDS);
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /**
   * Counts one `name` event for `key`, or throws `rate_limited` (with `retryAfterMs`) when the
   * key is past its limit: call it before the work, so a refused request changes nothing.
   * `siteRule`: the site's own rule for this limit (its `rateLimits` setting), counted apart
   * from the default's (a key under a site's own rule has its own count).
   */
  async take(name: LimitName, key: string, siteRule?: SiteRateLimit): Promise<void> {
    if (!this.settings.enabled) return;
    try {
      await (siteRule ? this.siteLimiter(name, siteRule) : this.limiter(name)).consume(hashed(key));
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      this.onRefused(name);
      throw limited(name, err.msBeforeNext);
    }
  }

  /** Throws `rate_limited` when `key` has used up `name` already, without counting (checks before a password is tried). */
  async check(name: LimitName, key: string): Promise<void> {
    if (!this.settings.enabled) return;
    const res = await this.limiter(name).get(hashed(key));
    if (res && res.consumedPoints >= this.rule(name).points && res.msBeforeNext > 0) {
      this.onRefused(name);
      throw limited(name, res.msBeforeNext);
    }
  }

  /**
   * Counts a failure (a wrong password) for `key`; never throws for the limit. The failure that
   * uses the last point of a growing limit blocks the key for the window, doubled at each strike.
   */
  async fail(name: LimitName, key: string): Promise<void> {
    if (!this.settings.enabled) return;
    const rule = this.rule(name);
    const limiter = this.limiter(name);
    const id = hashed(key);
    let consumed: number;
    try {
      consumed = (await limiter.consume(id)).consumedPoints;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      consumed = err.consumedPoints;
    }
    if (!rule.growing || consumed !== rule.points) return;
    const strikes = (await this.strikes.consume(`${name}:${id}`)).consumedPoints;
    await limiter.block(id, Math.min(rule.seconds * 2 ** (strikes - 1), MAX_BLOCK_SECONDS));
  }

  /** Forgets `key`'s count (a right password clears the account's wrong ones). */
  async clear(name: LimitName, key: string): Promise<void> {
    if (!this.settings.enabled) return;
    await this.limiter(name).delete(hashed(key));
  }

  private siteLimiter(name: LimitName, rule: SiteRateLimit): RateLimiterAbstract {
    const prefix = `${name}:${rule.points}/${rule.seconds}`;
    let limiter = this.siteLimiters.get(prefix);
    if (!limiter) this.siteLimiters.set(prefix, (limiter = this.make(prefix, rule.points, rule.seconds)));
    return limiter;
  }

  private limiter(name: LimitName): RateLimiterAbstract {
    return this.limiters.get(name)!;
  }

  private rule(name: LimitName): LimitRule {
    return this.settings.rules[name];
  }
}

/** Never limits anything (tests of other features, tools). */
export const noLimits = (): RateLimits => new RateLimits({ enabled: false, rules: {} as LimitSettings['rules'] });

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

function limited(name: LimitName, msBeforeNext: number): AppError {
  const retryAfterMs = Math.max(1, Math.ceil(msBeforeNext));
  return new AppError(ErrorCode.rateLimited, `too many requests (${name}); try again in ${Math.ceil(retryAfterMs / 1000)} s`, undefined, retryAfterMs);
}
