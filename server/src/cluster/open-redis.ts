import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/**
 * A Redis connection for what several server processes share (`purpose` names it in logs).
 * Resolves once Redis answers, so a wrong REDIS_URL fails the boot, not a request later.
 */
export async function openRedis(url: string, log: Logger, purpose: string): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3, connectTimeout: 5000 });
  redis.on('error', (err) => log.warn({ err, purpose }, 'redis connection error'));
  try {
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new Error(`cannot reach Redis at REDIS_URL (${purpose}): ${(err as Error).message}`);
  }
  return redis;
}

/** A second connection like `redis` (for subscribing, which takes a connection over), logging as `purpose`. */
export function duplicateRedis(redis: Redis, log: Logger, purpose: string): Redis {
  const copy = redis.duplicate();
  copy.on('error', (err) => log.warn({ err, purpose }, 'redis connection error'));
  return copy;
}
