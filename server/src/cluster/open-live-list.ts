import type { Logger } from '../logger.js';
import { liveDefaults, type LiveOptions } from '../domain/proactive/live-entry.js';
import type { LiveList } from '../domain/proactive/live-list.js';
import { MemoryLiveList } from '../domain/proactive/memory-live-list.js';
import { RedisLiveList } from './redis-live-list.js';

/**
 * The live list this process uses: shared through Redis when several processes serve the
 * sites (`REDIS_URL`), else in memory. A wrong REDIS_URL fails the boot.
 */
export async function openLiveList(redisUrl: string | undefined, log: Logger, options: Partial<LiveOptions> = {}): Promise<LiveList> {
  const live = { ...liveDefaults, ...options };
  return redisUrl ? RedisLiveList.connect(redisUrl, log, { live }) : new MemoryLiveList(Date.now, live);
}
