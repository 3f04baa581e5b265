import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from '../logger.js';
import { duplicateRedis, openRedis } from './open-redis.js';

/** How long a cross-process request (fetchSockets) waits for the other processes. */
const requestsTimeoutMs = 3000;

/** Socket.IO's rooms shared by every server process, and how to let go of them. */
export interface SharedRooms {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

/**
 * Socket.IO's Redis adapter: broadcasts and room look-ups reach the sockets of every server
 * process. Boot waits until Redis answers, so a wrong REDIS_URL fails at start, not later.
 */
export async function openRedisSocketAdapter(url: string, log: Logger): Promise<SharedRooms> {
  const pub = await openRedis(url, log, 'socket.io adapter');
  const sub = duplicateRedis(pub, log, 'socket.io adapter');
  return {
    adapter: createAdapter(pub, sub, { requestsTimeout: requestsTimeoutMs }),
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
