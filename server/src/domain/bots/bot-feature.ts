import type { BotConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { DomainEvents } from '../events.js';
import type { KnowledgeService } from '../knowledge/knowledge-service.js';
import { AnswerTimers } from './answer-timers.js';
import { BotAccounts } from './bot-accounts.js';
import { BotDispatcher } from './bot-dispatcher.js';
import type { BotPresence } from './bot-presence.js';
import { HandoffService, type Enqueue } from './handoff-service.js';
import { KnowledgeBot, SELF_SERVICE } from './knowledge-bot.js';
import { WebhookOutbox } from './webhook/webhook-outbox.js';

export interface BotFeatureDeps {
  store: Store;
  events: DomainEvents;
  conversations: ConversationService;
  config: BotConfig;
  log: Logger;
  /** Which bots are connected (shared through Redis by several processes); bots first reads it too. */
  presence: BotPresence;
  /** The knowledge base the built-in bot answers from. */
  knowledge: KnowledgeService;
  /** Routing's queue, which every handoff to people joins. */
  enqueue: Enqueue;
}

/**
 * The bots capability: accounts, handoffs, the dispatcher, the webhook outbox, the built-in
 * knowledge-base bot. The composition root creates one and the transports use its services.
 */
export class BotFeature {
  readonly presence: BotPresence;
  readonly accounts: BotAccounts;
  readonly handoffs: HandoffService;
  readonly outbox: WebhookOutbox;
  private readonly timers = new AnswerTimers();
  private readonly dispatcher: BotDispatcher;
  private readonly goneTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: BotFeatureDeps) {
    const { store, events, conversations, config, log } = deps;
    this.presence = deps.presence;
    this.accounts = new BotAccounts(store);
    this.handoffs = new HandoffService(store, events, conversations, this.presence, deps.enqueue);
    this.outbox = new WebhookOutbox(store, config, log);
    const builtIn = new KnowledgeBot(store, conversations, this.handoffs, deps.knowledge);
    this.dispatcher = new BotDispatcher(store, events, this.handoffs, this.timers, this.outbox, builtIn, log);
  }

  /** How many conversations the built-in bot's answers resolved (the visitor said yes). */
  selfServiceResolutions(workspaceId: string): Promise<number> {
    return this.deps.store.bots.countResolutions(workspaceId, SELF_SERVICE);
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
