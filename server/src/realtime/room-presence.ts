import type { Logger } from '../logger.js';

/** A namespace's room lookup; with the Redis adapter `fetchSockets` asks every server process. */
interface RoomQuery {
  in(room: string): { fetchSockets(): Promise<unknown[]> };
}

/**
 * "Is anyone still in this room, on any process?" When the other processes do not answer in
 * time, it says yes: marking an agent gone (or a chat missed) by mistake costs more than
 * waiting for the next chance to look.
 */
export function roomOccupied(nsp: RoomQuery, room: string, log: Logger): () => Promise<boolean> {
  return async () => {
    try {
      return (await nsp.in(room).fetchSockets()).length > 0;
    } catch (err) {
      log.warn({ err, room }, 'could not count the sockets in a room; assuming still there');
      return true;
    }
  };
}
