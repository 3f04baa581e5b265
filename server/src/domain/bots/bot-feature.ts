import type { BotConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { DomainEvents } from '../events.js';
import { KnowledgeBot } from '../knowledge/knowledge-bot.js';
import { KnowledgeService } from '../knowledge/knowledge-service.js';
import { AnswerTimers } from './answer-timers.js';
import { BotAccounts } from './bot-accounts.js';
import { BotDispatcher } from './bot-dispatcher.js';
import { BotPresence, type BotPresenceShare } from './bot-presence.js';
import { HandoffService } from './handoff-service.js';
import { WebhookOutbox } from './webhook/webhook-outbox.js';

export interface BotFeatureDeps {
  store: Store;
  events: DomainEvents;
  conversations: ConversationService;
  config: BotConfig;
  log: Logger;
  /** With several processes: bot sockets connected to the others (Redis). */
  presenceShare?: BotPresenceShare | null;
}

/**
 * Bots and the knowledge base, wired: accounts, handoffs, the dispatcher, the webhook outbox,
 * the built-in bot. The composition root creates one and the transports use its services.
 */
export class BotFeature {
  readonly presence: BotPresence;
  readonly accounts: BotAccounts;
  readonly handoffs: HandoffService;
  readonly knowledge: KnowledgeService;
  readonly outbox: WebhookOutbox;
  private readonly timers = new AnswerTimers();
  private readonly dispatcher: BotDispatcher;
  private readonly goneTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: BotFeatureDeps) {
    const { store, events, conversations, config, log } = deps;
    this.presence = new BotPresence(deps.presenceShare ?? null);
    this.accounts = new BotAccounts(store);
    this.handoffs = new HandoffService(store, events, conversations, this.presence);
    this.knowledge = new KnowledgeService(store);
    this.outbox = new WebhookOutbox(store, config, log);
    const builtIn = new KnowledgeBot(store, conversations, this.handoffs, this.knowledge);
    this.dispatcher = new BotDispatcher(store, events, this.handoffs, this.timers, this.outbox, builtIn, log);
    conversations.setFirstHolder((siteId, named) => this.firstHolder(siteId, named));
  }

  /**
   * The bot that takes a site's new conversation: `named` (a proactive rule's bot) when it is a
   * bot of that workspace that can answer now, else the site's first bot while it can; else `null`.
   */
  async firstHolder(siteId: string, named?: { botId: string; workspaceId: string }): Promise<string | null> {
    if (named) {
      const bot = await this.deps.store.bots.getBot(named.botId);
      if (bot && bot.workspaceId === named.workspaceId && (await this.presence.isAvailable(bot))) return bot.id;
    }
    const botId = await this.deps.store.bots.getSiteBot(siteId);
    const bot = botId ? await this.deps.store.bots.getBot(botId) : null;
    return bot && (await this.presence.isAvailable(bot)) ? bot.id : null;
  }

  start(): void {
    this.dispatcher.start();
    this.outbox.start();
  }

  async stop(): Promise<void> {
    this.dispatcher.stop();
    this.outbox.stop();
    for (const timer of this.goneTimers.values()) clearTimeout(timer);
    this.goneTimers.clear();
    await this.presence.close();
  }

  socketConnected(botId: string): void {
    this.presence.add(botId);
    clearTimeout(this.goneTimers.get(botId));
    this.goneTimers.delete(botId);
  }

  /**
   * A bot socket closed. When it was the bot's last, and the bot does not come back within the
   * grace period, its conversations go to people with everything said so far.
   */
  socketClosed(botId: string): void {
    if (this.presence.remove(botId) > 0) return;
    clearTimeout(this.goneTimers.get(botId));
    const release = async () => {
      this.goneTimers.delete(botId);
      // Back on this process, or (with several processes) connected to another one meanwhile.
      if (await this.presence.isConnected(botId)) return;
      await this.handoffs.releaseAll(botId, 'disconnected');
    };
    const timer = setTimeout(() => {
      release().catch((err: unknown) => this.deps.log.error({ err, botId }, 'releasing a gone bot failed'));
    }, this.deps.config.disconnectGraceMs);
    timer.unref?.();
    this.goneTimers.set(botId, timer);
  }

  /** Deletes a bot after handing everything it holds to people. */
  async deleteBot(workspaceId: string, botId: string): Promise<void> {
    await this.accounts.get(workspaceId, botId);
    await this.handoffs.releaseAll(botId, 'deleted');
    await this.accounts.remove(workspaceId, botId);
  }
}
