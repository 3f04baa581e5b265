import { nanoid } from 'nanoid';
import { ErrorCode, type Conversation, type HandoffReason, type MessageAuthor } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { BotRecord } from '../../store/bot-port.js';
import type { Store } from '../../store/port.js';
import { assertCanSee, assertNotClosed, type Actor } from '../conversations/conversation-access.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { DomainEvents } from '../events.js';
import type { BotPresence } from './bot-presence.js';

/**
 * Puts a conversation that has just joined the human queue in front of people: routing's entry
 * point, passed in by the composition root, with the department the bot asked for.
 */
export type Enqueue = (conversation: Conversation, department: string | null) => Promise<void>;

export interface ToHumanOptions {
  department?: string | undefined;
  summary?: string | undefined;
}

const systemAuthor = (name: string | null): MessageAuthor => ({ type: 'system', id: null, name });

/**
 * Handoffs between bots and people. Every move is one atomic store operation, so when a
 * timeout, a handoff call, a visitor's request and a disconnect race, one wins and the
 * transcript gets one system line. Messages never move: they stay in the one conversation,
 * numbered by seq, whoever holds it.
 */
export class HandoffService {
  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly conversations: ConversationService,
    private readonly presence: BotPresence,
    private readonly enqueue: Enqueue,
    private readonly now: () => number = Date.now,
  ) {}

  /** From the queue, an agent or another bot to `bot`; the bot gets the transcript and continues. */
  async toBot(conversationId: string, bot: BotRecord): Promise<Conversation> {
    if (!(await this.presence.isAvailable(bot))) throw new AppError(ErrorCode.conflict, `${bot.name} is not available now`);
    const previous = await this.store.getConversation(conversationId);
    const held = await this.store.bots.holdByBot(conversationId, bot.id, this.now());
    if (!held) throw new AppError(ErrorCode.conflict, 'conversation is closed');
    if (previous?.botId && previous.botId !== bot.id) {
      this.events.emit('bot:released', { conversation: held, botId: previous.botId, reason: 'agent' });
    }
    await this.conversations.appendAs(held.id, systemAuthor(bot.name), { clientId: `handoff-${nanoid()}`, text: 'system.handoff.toBot' });
    this.events.emit('conversation:updated', { conversation: held, change: 'handoff' });
    const fromAgentId = previous?.status === 'open' ? previous.assigneeId : null;
    this.events.emit('bot:assigned', { conversation: held, botId: bot.id, created: false, fromAgentId });
    return held;
  }

  /**
   * From `botId` to the human queue. `null` when the bot no longer holds it (another handoff
   * won the race): nothing is written twice.
   */
  async toHuman(conversationId: string, botId: string, reason: HandoffReason, options: ToHumanOptions = {}): Promise<Conversation | null> {
    const released = await this.store.bots.releaseFromBot(conversationId, botId, this.now());
    if (!released) return null;
    this.events.emit('bot:released', { conversation: released, botId, reason });
    const bot = await this.store.bots.getBot(botId);
    const name = bot?.name ?? null;
    if (options.summary || options.department) {
      const text = [options.summary, options.department ? `→ ${options.department}` : null].filter(Boolean).join('\n');
      await this.conversations.appendAs(
        conversationId,
        { type: 'bot', id: botId, name },
        { clientId: `summary-${nanoid()}`, text, internal: true },
      );
    }
    await this.conversations.appendAs(conversationId, systemAuthor(name), { clientId: `handoff-${nanoid()}`, text: 'system.handoff.toHuman' });
    const current = (await this.store.getConversation(conversationId)) ?? released;
    this.events.emit('conversation:updated', { conversation: current, change: 'handoff' });
    await this.enqueue(current, options.department ?? null);
    return current;
  }

  /** The bot's own handoff call; `conflict` when it no longer holds the conversation. */
  async byBot(actor: Actor & { kind: 'bot' }, conversationId: string, options: ToHumanOptions): Promise<Conversation> {
    assertNotClosed(assertCanSee(actor, await this.store.getConversation(conversationId)));
    const moved = await this.toHuman(conversationId, actor.botId, 'bot', options);
    if (!moved) throw new AppError(ErrorCode.conflict, 'conversation has already left this bot');
    return moved;
  }

  /** "Talk to a person": the visitor's conversation leaves its bot, if a bot holds it. */
  async byVisitor(actor: Actor & { kind: 'visitor' }, conversationId: string): Promise<Conversation> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    if (!conversation.botId || conversation.status === 'closed') return conversation;
    return (await this.toHuman(conversationId, conversation.botId, 'visitor')) ?? conversation;
  }

  /** An agent hands a conversation of their workspace to one of its bots. */
  async byAgent(actor: Actor & { kind: 'agent' }, conversationId: string, botId: string): Promise<Conversation> {
    assertNotClosed(assertCanSee(actor, await this.store.getConversation(conversationId)));
    const bot = await this.store.bots.getBot(botId);
    if (!bot || bot.workspaceId !== actor.workspaceId) throw notFound('bot');
    return this.toBot(conversationId, bot);
  }

  /** Conversations the bot holds now (at most a page), newest activity first. */
  held(botId: string): Promise<Conversation[]> {
    return this.store.bots.listHeldByBot(botId, 100);
  }

  /** Every conversation the bot holds goes to people (the bot went away or was deleted). */
  async releaseAll(botId: string, reason: HandoffReason): Promise<number> {
    let moved = 0;
    for (;;) {
      const held = await this.store.bots.listHeldByBot(botId, 100);
      if (held.length === 0) return moved;
      for (const conversation of held) if (await this.toHuman(conversation.id, botId, reason)) moved++;
    }
  }
}
