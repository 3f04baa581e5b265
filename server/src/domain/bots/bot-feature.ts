import type { Bot, BotCredentials, Conversation, CreateBot } from '@parley/shared';
import type { BotConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { BotRecord } from '../../store/bot-port.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { DomainEvents } from '../events.js';
import type { KnowledgeService } from '../knowledge/knowledge-service.js';
import { AnswerTimers } from './answer-timers.js';
import { BotAccounts, type SiteBotSetting } from './bot-accounts.js';
import { BotDispatcher } from './bot-dispatcher.js';
import type { BotPresence } from './bot-presence.js';
import { HandoffService, type Enqueue, type ToHumanOptions } from './handoff-service.js';
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
 * knowledge-base bot. The composition root creates one; its parts stay inside this folder and
 * the transports call only its methods.
 */
export class BotFeature {
  private readonly presence: BotPresence;
  private readonly accounts: BotAccounts;
  private readonly handoffs: HandoffService;
  private readonly outbox: WebhookOutbox;
  private readonly timers = new AnswerTimers();
  private readonly dispatcher: BotDispatcher;
  private readonly goneTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: BotFeatureDeps) {
    const { store, events, conversations, config, log } = deps;
    this.presence = deps.presence;
    this.accounts = new BotAccounts(store, config.allowPrivateWebhooks);
    this.handoffs = new HandoffService(store, events, conversations, this.presence, deps.enqueue);
    this.outbox = new WebhookOutbox(store, config, log);
    const builtIn = new KnowledgeBot(store, conversations, this.handoffs, deps.knowledge);
    this.dispatcher = new BotDispatcher(store, events, this.handoffs, this.timers, this.outbox, builtIn, log);
  }

  /** The bot a token belongs to (`unauthorized` for anything else): the bot API's and the `/bot` socket's login. */
  authenticate(token: string): Promise<BotRecord> {
    return this.accounts.authenticate(token);
  }

  /** The workspace's bots, without their secrets. */
  listBots(workspaceId: string): Promise<Bot[]> {
    return this.accounts.list(workspaceId);
  }

  /** Creates a bot; its token and webhook secret are in the answer and nowhere else. */
  createBot(workspaceId: string, input: CreateBot): Promise<BotCredentials> {
    return this.accounts.create(workspaceId, input);
  }

  /** Gives a bot a new token and webhook secret; the old ones stop working at once. */
  rotateBotSecrets(workspaceId: string, botId: string): Promise<BotCredentials> {
    return this.accounts.rotate(workspaceId, botId);
  }

  /** What the public avatar route may know of a bot: only its avatar URL (`null`: no such bot). */
  botAvatar(botId: string): Promise<{ avatarUrl: string | null } | null> {
    return this.accounts.avatarOf(botId);
  }

  /** Which bot a site's new conversations go to first (`null`: none, straight to people). */
  siteBot(workspaceId: string, siteKey: string): Promise<SiteBotSetting> {
    return this.accounts.siteBot(workspaceId, siteKey);
  }

  /** Puts a bot first on a site, or none (`null`). */
  setSiteBot(workspaceId: string, siteKey: string, botId: string | null): Promise<SiteBotSetting> {
    return this.accounts.setSiteBot(workspaceId, siteKey, botId);
  }

  /** The open conversations a bot holds now. */
  heldConversations(botId: string): Promise<Conversation[]> {
    return this.handoffs.held(botId);
  }

  /** A bot hands its conversation to people, optionally naming a department and leaving a summary. */
  botHandsToPeople(actor: Actor & { kind: 'bot' }, conversationId: string, options: ToHumanOptions): Promise<Conversation> {
    return this.handoffs.byBot(actor, conversationId, options);
  }

  /** The visitor asks for a person ("talk to a person"): the bot holding the chat lets go of it. */
  visitorAsksForPerson(actor: Actor & { kind: 'visitor' }, conversationId: string): Promise<Conversation> {
    return this.handoffs.byVisitor(actor, conversationId);
  }

  /** An agent hands a conversation to a bot of the workspace. */
  agentHandsToBot(actor: Actor & { kind: 'agent' }, conversationId: string, botId: string): Promise<Conversation> {
    return this.handoffs.byAgent(actor, conversationId, botId);
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
