import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import type { Logger } from '../logger.js';

/** How long a cross-process request (fetchSockets) waits for the other processes. */
const requestsTimeoutMs = 3000;

/**
 * Socket.IO's Redis adapter: broadcasts and room look-ups reach the sockets of every server
 * process. Boot waits until Redis answers, so a wrong REDIS_URL fails at start, not later.
 */
export async function attachRedisAdapter(io: Server, url: string, log: Logger): Promise<{ close(): Promise<void> }> {
  const pub = new Redis(url, { maxRetriesPerRequest: 3, connectTimeout: 5000 });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (err) => log.warn({ err }, 'redis connection error'));
  try {
    await pub.ping();
  } catch (err) {
    pub.disconnect();
    sub.disconnect();
    throw new Error(`cannot reach Redis at REDIS_URL: ${(err as Error).message}`);
  }
  io.adapter(createAdapter(pub, sub, { requestsTimeout: requestsTimeoutMs }));
  return {
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
