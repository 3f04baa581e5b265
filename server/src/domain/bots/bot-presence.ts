import type { BotRecord } from '../../store/bot-port.js';

/**
 * Which socket bots are connected to this process, counted per socket (a bot may open several).
 * With several server processes each knows its own sockets only: a bot connected elsewhere
 * counts as away here (documented limitation).
 */
export class BotPresence {
  private readonly sockets = new Map<string, number>();

  add(botId: string): void {
    this.sockets.set(botId, (this.sockets.get(botId) ?? 0) + 1);
  }

  /** Returns how many sockets of the bot remain. */
  remove(botId: string): number {
    const left = (this.sockets.get(botId) ?? 1) - 1;
    if (left <= 0) this.sockets.delete(botId);
    else this.sockets.set(botId, left);
    return Math.max(left, 0);
  }

  isConnected(botId: string): boolean {
    return (this.sockets.get(botId) ?? 0) > 0;
  }

  /** Whether the bot can take a conversation now: connected, healthy, or built in. */
  isAvailable(bot: BotRecord): boolean {
    if (bot.mode === 'socket') return this.isConnected(bot.id);
    if (bot.mode === 'webhook') return bot.healthy;
    return true;
  }
}
