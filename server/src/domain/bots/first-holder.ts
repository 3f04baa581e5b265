import type { Store } from '../../store/port.js';
import type { BotPresence } from './bot-presence.js';

/**
 * Bots first: which bot takes a site's new conversation. `named` (a proactive rule's bot) when it
 * is a bot of that workspace that can answer now, else the site's first bot while it can; else
 * `null` (the queue). Built before routing, which asks it whether a site is open at any hour.
 */
export function firstHolder(store: Store, presence: BotPresence) {
  return async (siteId: string, named?: { botId: string; workspaceId: string }): Promise<string | null> => {
    if (named) {
      const bot = await store.bots.getBot(named.botId);
      if (bot && bot.workspaceId === named.workspaceId && (await presence.isAvailable(bot))) return bot.id;
    }
    const botId = await store.bots.getSiteBot(siteId);
    const bot = botId ? await store.bots.getBot(botId) : null;
    return bot && (await presence.isAvailable(bot)) ? bot.id : null;
  };
}
