import type { BotRecord } from '../../store/bot-port.js';

/**
 * What the other server processes know of bot sockets (Redis, with `REDIS_URL`): a socket bot
 * connected to any process can take conversations that start on any other.
 */
export interface BotPresenceShare {
  /** This process now has (or no longer has) sockets of the bot. */
  set(botId: string, connected: boolean): void;
  /** Whether some process has a socket of the bot now. */
  anywhere(botId: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Which socket bots are connected, counted per socket (a bot may open several). This process
 * counts its own sockets; with a share, a bot connected to another process counts as here too.
 */
export class BotPresence {
  private readonly sockets = new Map<string, number>();

  constructor(private readonly share: BotPresenceShare | null = null) {}

  add(botId: string): void {
    const count = (this.sockets.get(botId) ?? 0) + 1;
    this.sockets.set(botId, count);
    if (count === 1) this.share?.set(botId, true);
  }

  /** Returns how many sockets of the bot remain on this process. */
  remove(botId: string): number {
    const left = (this.sockets.get(botId) ?? 1) - 1;
    if (left > 0) {
      this.sockets.set(botId, left);
      return left;
    }
    this.sockets.delete(botId);
    this.share?.set(botId, false);
    return 0;
  }

  /** Connected to this process, or (with a share) to any other. */
  async isConnected(botId: string): Promise<boolean> {
    if ((this.sockets.get(botId) ?? 0) > 0) return true;
    return this.share ? this.share.anywhere(botId) : false;
  }

  /** Whether the bot can take a conversation now: connected, healthy, or built in. */
  async isAvailable(bot: BotRecord): Promise<boolean> {
    if (bot.mode === 'socket') return this.isConnected(bot.id);
    if (bot.mode === 'webhook') return bot.healthy;
    return true;
  }

  async close(): Promise<void> {
    await this.share?.close();
  }
}
