import { createAdapter } from '@socket.io/redis-adapter';
import type { Server } from 'socket.io';
import { duplicateRedis, openRedis } from '../cluster/open-redis.js';
import type { Logger } from '../logger.js';

/** How long a cross-process request (fetchSockets) waits for the other processes. */
const requestsTimeoutMs = 3000;

/**
 * Socket.IO's Redis adapter: broadcasts and room look-ups reach the sockets of every server
 * process. Boot waits until Redis answers, so a wrong REDIS_URL fails at start, not later.
 */
export async function attachRedisAdapter(io: Server, url: string, log: Logger): Promise<{ close(): Promise<void> }> {
  const pub = await openRedis(url, log, 'socket.io adapter');
  const sub = duplicateRedis(pub, log, 'socket.io adapter');
  io.adapter(createAdapter(pub, sub, { requestsTimeout: requestsTimeoutMs }));
  return {
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
