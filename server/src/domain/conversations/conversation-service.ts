import { nanoid } from 'nanoid';
import {
  ErrorCode,
  limits,
  type Conversation,
  type ConversationSnapshot,
  type ConversationStatus,
  type Message,
  type MessageAuthor,
} from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import type { DomainEvents } from '../events.js';
import type { OfflineMail } from '../mail/offline-mail.js';
import { appendAndAnnounce } from './append-message.js';
import { assertCanSee, assertNotClosed, type Actor } from './conversation-access.js';
import { noHooks, type ConversationHooks, type RouteHints } from './conversation-hooks.js';
import { conversationDraft } from './conversation-draft.js';
import type { OpeningPlanner } from './opening-plan.js';

/**
 * Which bot, if any, should hold a site's new conversation: `named` (a proactive rule's bot) while
 * it can answer, else the site's first bot (bots first); `null`: the queue.
 */
export type FirstHolder = (siteId: string, named?: { botId: string; workspaceId: string }) => Promise<string | null>;

export interface SendInput {
  clientId: string;
  text: string;
  internal?: boolean;
}

/**
 * Conversations and their messages: the one way the transport layers read and change them.
 * Every write is in the store before the call resolves, and before any event is emitted.
 */
export class ConversationService {
  private openingPlanner: OpeningPlanner | null = null;

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly now: () => number = Date.now,
    private readonly hooks: ConversationHooks = noHooks,
    /** Mails an agent's reply to a left message to the visitor; `null`: no mail. */
    private readonly offlineMail: OfflineMail | null = null,
  ) {}

  /**
   * Lets proactive chat plan a conversation a visitor starts by answering its message: that
   * message first, the rule's department and bot, the trigger recorded on it.
   */
  useOpeningPlanner(planner: OpeningPlanner): void {
    this.openingPlanner = planner;
  }

  private firstHolder: FirstHolder = async () => null;

  /** Sets who decides whether a new conversation starts with a bot (the bots feature). */
  setFirstHolder(firstHolder: FirstHolder): void {
    this.firstHolder = firstHolder;
  }

  /** The visitor's latest conversation and its visible transcript, or `null` before the first message. */
  async currentForVisitor(actor: Actor & { kind: 'visitor' }): Promise<ConversationSnapshot | null> {
    const conversation = await this.store.getLatestConversationForVisitor(actor.visitorId);
    if (!conversation) return null;
    const messages = await this.messagesAfter(actor, conversation.id, 0);
    return { conversation, messages };
  }

  /**
   * A visitor's message. Goes to their conversation that is not closed, opening one when
   * there is none (also when `conversationId` names a closed one: writing again starts anew).
   * A repeated clientId returns the stored message.
   */
  async sendFromVisitor(
    actor: Actor & { kind: 'visitor' },
    input: SendInput & { conversationId?: string; triggerId?: string } & RouteHints,
  ): Promise<Message> {
    const author: MessageAuthor = { type: 'visitor', id: actor.visitorId, name: actor.name };
    if (input.conversationId) {
      const named = assertCanSee(actor, await this.store.getConversation(input.conversationId));
      // The common case, a message into the open conversation the widget names, needs no
      // transaction of its own to find or open one.
      if (named.status !== 'closed') return this.append(named.id, author, { ...input, internal: false }, this.now(), actor.origin);
      // A retry of a message stored just before the conversation closed must not reappear
      // in a new conversation: the stored one is the answer.
      if (named.status === 'closed') {
        const stored = await this.store.findMessageByClientId(named.id, input.clientId);
        if (stored) return stored;
      }
    }
    const message = { clientId: input.clientId, text: input.text, internal: false };
    // Writing again soon after a close picks the same conversation up again (routing decides).
    const reopened = await this.hooks.reopenRecent(actor);
    if (reopened) return this.append(reopened.id, author, message, this.now(), actor.origin);

    const at = this.now();
    const plan = input.triggerId && this.openingPlanner ? await this.openingPlanner(actor, input.triggerId) : null;
    // Bots first: the rule's bot or the site's first bot, while it can answer, holds the
    // conversation from its start (only a message that may start a conversation gets here).
    // Routing's queue gets it otherwise.
    const botId = await this.firstHolder(actor.siteId, plan?.botId ? { botId: plan.botId, workspaceId: actor.workspaceId } : undefined);
    const fields = await this.hooks.draftFields(actor, { ...input, presetDepartmentId: plan?.departmentId ?? undefined });
    const { conversation, created } = await this.store.openConversationForVisitor(
      conversationDraft(actor, at, {
        status: botId ? 'open' : 'waiting',
        botId,
        departmentId: fields.departmentId ?? null,
        locale: fields.locale ?? null,
      }),
    );
    if (created) this.events.emit('conversation:updated', { conversation, change: 'created' });
    if (created && plan) {
      await plan.opened(conversation);
      // Derived from the visitor's clientId, so a retry never stores the opening message twice;
      // no origin: every tab of the visitor, the sending one too, needs it (it is not in the ack).
      await this.append(conversation.id, plan.message.author, { clientId: `${input.clientId}-t`, text: plan.message.text }, at, undefined);
    }
    const stored = await this.append(conversation.id, author, message, at, actor.origin);
    // The transition to "waiting, no assignee": routing takes it from here. A conversation a
    // bot holds is not waiting: it reaches routing only when the bot hands it over.
    if (created && !conversation.botId) await this.hooks.started(conversation);
    return stored;
  }

  /** An agent's reply or internal note. A reply to a waiting, unassigned conversation claims it. */
  async sendFromAgent(actor: Actor & { kind: 'agent' }, conversationId: string, input: SendInput): Promise<Message> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    assertNotClosed(conversation);
    if (!input.internal && conversation.status === 'waiting' && conversation.assigneeId === null) {
      await this.claim(actor, conversationId).catch((err: unknown) => {
        // Someone else took it meanwhile: the reply still goes in, the assignment stays theirs.
        if (!(err instanceof AppError && err.code === ErrorCode.conflict)) throw err;
      });
    }
    if (!input.internal && conversation.botId) await this.takeFromBot(actor, conversation, conversation.botId);
    const author: MessageAuthor = { type: 'agent', id: actor.agentId, name: actor.name };
    const message = await this.append(conversationId, author, input, this.now(), actor.origin);
    // Queued before the ack under a key per message: a re-sent reply (same clientId) finds the
    // stored message and the stored mail, and the visitor gets one email.
    if (conversation.offline && !message.internal) await this.offlineMail?.agentReplied(conversation, message);
    return message;
  }

  /** A bot's message, in a conversation it holds (`not_found` otherwise, as for any stranger). */
  async sendFromBot(actor: Actor & { kind: 'bot' }, conversationId: string, input: SendInput): Promise<Message> {
    const conversation = await this.store.getConversation(conversationId);
    // A re-send of a message stored before the conversation left the bot is answered with it.
    const stored = conversation && conversation.workspaceId === actor.workspaceId
      ? await this.store.findMessageByClientId(conversationId, input.clientId)
      : null;
    if (stored && stored.author.type === 'bot' && stored.author.id === actor.botId) return stored;
    assertNotClosed(assertCanSee(actor, conversation));
    const author: MessageAuthor = { type: 'bot', id: actor.botId, name: actor.name };
    return this.append(conversationId, author, { ...input, internal: false }, this.now(), actor.origin);
  }

  /**
   * A line written by Parley itself or on a participant's behalf (handoff notices, a bot's
   * summary for the agent), with no access check: callers have made theirs.
   */
  async appendAs(conversationId: string, author: MessageAuthor, input: SendInput): Promise<Message> {
    return this.append(conversationId, author, input, this.now(), undefined);
  }

  /** An agent answering a conversation a bot holds takes it over; the bot hears it left. */
  private async takeFromBot(actor: Actor & { kind: 'agent' }, conversation: Conversation, botId: string): Promise<void> {
    const taken = await this.store.bots.takeFromBot(conversation.id, botId, actor.agentId, this.now());
    if (!taken) return; // it left the bot meanwhile: the reply still goes in
    this.events.emit('bot:released', { conversation: taken, botId, reason: 'agent' });
    this.events.emit('conversation:updated', { conversation: taken, change: 'assigned' });
  }

  /** Messages after `afterSeq` in order; internal notes only for agents. */
  async messagesAfter(actor: Actor, conversationId: string, afterSeq: number, limit: number = limits.syncPage): Promise<Message[]> {
    assertCanSee(actor, await this.store.getConversation(conversationId));
    return this.store.listMessages({ conversationId, afterSeq, limit, includeInternal: actor.kind === 'agent' });
  }

  async snapshot(actor: Actor, conversationId: string): Promise<ConversationSnapshot> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    const messages = await this.store.listMessages({
      conversationId,
      afterSeq: 0,
      limit: limits.syncPage,
      includeInternal: actor.kind === 'agent',
    });
    return { conversation, messages };
  }

  async list(
    actor: Actor & { kind: 'agent' },
    query: { statuses?: ConversationStatus[]; mine?: boolean; missed?: boolean; offline?: boolean; limit: number },
  ): Promise<Conversation[]> {
    return this.store.listConversations({
      workspaceId: actor.workspaceId,
      ...(query.statuses ? { statuses: query.statuses } : {}),
      ...(query.mine ? { assigneeId: actor.agentId } : {}),
      ...(query.missed !== undefined ? { missed: query.missed } : {}),
      ...(query.offline !== undefined ? { offline: query.offline } : {}),
      limit: query.limit,
    });
  }

  /** Takes a waiting conversation; `conflict` when it is no longer waiting for someone. */
  async claim(actor: Actor & { kind: 'agent' }, conversationId: string): Promise<Conversation> {
    assertCanSee(actor, await this.store.getConversation(conversationId));
    const claimed = await this.store.claimConversation(conversationId, actor.agentId, this.now());
    if (!claimed) throw new AppError(ErrorCode.conflict, 'conversation is not waiting for an agent');
    this.events.emit('conversation:updated', { conversation: claimed, change: 'assigned', detail: { by: 'pick', actorId: actor.agentId } });
    return claimed;
  }

  async close(actor: Actor, conversationId: string): Promise<Conversation> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    assertNotClosed(conversation);
    const closed = await this.store.closeConversation(conversationId, this.now());
    if (!closed) throw new AppError(ErrorCode.conflict, 'conversation is closed');
    if (closed.botId) this.events.emit('bot:released', { conversation: closed, botId: closed.botId, reason: 'closed' });
    this.events.emit('conversation:updated', {
      conversation: closed,
      change: 'closed',
      detail: { reason: 'agent', ...(actor.kind === 'agent' ? { actorId: actor.agentId } : {}) },
    });
    return closed;
  }

  private async append(
    conversationId: string,
    author: MessageAuthor,
    input: SendInput,
    at: number,
    origin: string | undefined,
  ): Promise<Message> {
    const { message } = await appendAndAnnounce(
      this.store,
      this.events,
      conversationId,
      author,
      { clientId: input.clientId, text: input.text, internal: input.internal ?? false },
      at,
      origin,
    );
    return message;
  }
}
