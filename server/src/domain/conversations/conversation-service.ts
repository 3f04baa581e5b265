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
import type { AttachmentPort } from './attachment-port.js';
import { appendPresenceLine } from './presence-line.js';
import { toVisitorMessage } from './visitor-view.js';
import { appendRefusal, type WritableBy } from '../../store/append-condition.js';
import { whisperFilter, whisperTarget } from './whisper-rules.js';

export interface SendInput {
  clientId: string;
  text: string;
  internal?: boolean;
  /** Attachment ids from an upload (checked against the author and the conversation). */
  attachments?: string[] | undefined;
  /** Supervisors and admins: an internal note only the assignee reads (whisper-rules.ts). */
  whisper?: boolean | undefined;
}

/**
 * Conversations and their messages: append, sync, claim and close (a visitor's message that
 * opens or reopens one comes through intake, `domain/intake/`).
 * Every write is in the store before the call resolves, and before any event is emitted.
 */
export class ConversationService {
  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly now: () => number = Date.now,
    /** Mails an agent's reply to a left message to the visitor; `null`: no mail. */
    private readonly offlineMail: OfflineMail | null = null,
    /** Files on messages: checks, binding, signed links; `null`: messages carry none. */
    private readonly files: AttachmentPort | null = null,
  ) {}

  /** The visitor's latest conversation and its visible transcript, or `null` before the first message. */
  async currentForVisitor(actor: Actor & { kind: 'visitor' }): Promise<ConversationSnapshot | null> {
    const conversation = await this.store.getLatestConversationForVisitor(actor.visitorId);
    if (!conversation) return null;
    const messages = await this.messagesAfter(actor, conversation.id, 0);
    return { conversation, messages };
  }

  /** An agent's reply or internal note. A reply to a waiting, unassigned conversation claims it. */
  async sendFromAgent(actor: Actor & { kind: 'agent' }, conversationId: string, input: SendInput): Promise<Message> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    assertNotClosed(conversation);
    if (input.whisper) {
      const whisperTo = whisperTarget(actor, conversation, input.attachments);
      const author: MessageAuthor = { type: 'agent', id: actor.agentId, name: actor.name };
      return this.append(conversationId, author, { ...input, internal: true, attachments: undefined }, this.now(), actor.origin, {}, whisperTo);
    }
    // Refused before a claim or a takeover could change anything (the store checks it again).
    const refusal = !input.internal && !mayReplyAnywhere(actor) ? appendRefusal(conversation, { holderId: actor.agentId }) : null;
    if (refusal) throw refusal;
    if (!input.internal && conversation.status === 'waiting' && conversation.assigneeId === null) {
      await this.claim(actor, conversationId).catch((err: unknown) => {
        // Someone else took it meanwhile: the reply still goes in, the assignment stays theirs.
        if (!(err instanceof AppError && err.code === ErrorCode.conflict)) throw err;
      });
    }
    if (!input.internal && conversation.botId) await this.takeFromBot(actor, conversation, conversation.botId);
    const author: MessageAuthor = { type: 'agent', id: actor.agentId, name: actor.name };
    // Checked again by the store as it takes the seq: a close landing meanwhile refuses it, and
    // an agent's reply (not a note) in a chat a colleague holds, even one they claimed just now.
    const holderOnly = !input.internal && !mayReplyAnywhere(actor);
    const message = await this.append(conversationId, author, input, this.now(), actor.origin, holderOnly ? { holderId: actor.agentId } : {});
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
    // Checked again by the store as it takes the seq: a handoff or a close landing meanwhile
    // refuses it, so a bot's message never follows the line that took the conversation from it.
    return this.append(conversationId, author, { ...input, internal: false }, this.now(), actor.origin, { botId: actor.botId });
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

  /**
   * Messages after `afterSeq` in order; internal notes only for agents. A visitor counts in their
   * gap-free `visitorSeq` (`afterSeq` too), and gets it as each message's `seq`.
   */
  async messagesAfter(actor: Actor, conversationId: string, afterSeq: number, limit: number = limits.syncPage): Promise<Message[]> {
    assertCanSee(actor, await this.store.getConversation(conversationId));
    return this.page(actor, conversationId, afterSeq, limit);
  }

  async snapshot(actor: Actor, conversationId: string): Promise<ConversationSnapshot> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    const messages = await this.page(actor, conversationId, 0, limits.syncPage);
    // Agents see who the visitor is, with the pre-chat answers they gave.
    const visitor = actor.kind === 'agent' ? await this.store.getVisitor(conversation.visitorId) : undefined;
    return { conversation, messages, ...(visitor !== undefined ? { visitor } : {}) };
  }

  async list(
    actor: Actor & { kind: 'agent' },
    query: { statuses?: ConversationStatus[]; mine?: boolean; missed?: boolean; offline?: boolean; tagId?: string; limit: number },
  ): Promise<Conversation[]> {
    return this.store.listConversations({
      workspaceId: actor.workspaceId,
      ...(query.statuses ? { statuses: query.statuses } : {}),
      ...(query.mine ? { assigneeId: actor.agentId } : {}),
      ...(query.missed !== undefined ? { missed: query.missed } : {}),
      ...(query.offline !== undefined ? { offline: query.offline } : {}),
      ...(query.tagId ? { tagId: query.tagId } : {}),
      limit: query.limit,
    });
  }

  /** Takes a waiting conversation; `conflict` when it is no longer waiting for someone. */
  async claim(actor: Actor & { kind: 'agent' }, conversationId: string): Promise<Conversation> {
    assertCanSee(actor, await this.store.getConversation(conversationId));
    const claimed = await this.store.claimConversation(conversationId, actor.agentId, this.now());
    if (!claimed) throw new AppError(ErrorCode.conflict, 'conversation is not waiting for an agent');
    this.events.emit('conversation:updated', { conversation: claimed, change: 'assigned', detail: { by: 'pick', actorId: actor.agentId } });
    await appendPresenceLine(this.store, this.events, claimed, 'system.joined', actor.name, this.now());
    return claimed;
  }

  async close(actor: Actor, conversationId: string): Promise<Conversation> {
    const conversation = assertCanSee(actor, await this.store.getConversation(conversationId));
    assertNotClosed(conversation);
    // Before the close, while the conversation still takes messages: the visitor reads who left.
    if (actor.kind === 'agent') {
      await appendPresenceLine(this.store, this.events, conversation, 'system.left', actor.name, this.now());
    }
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

  /**
   * Stores a message (once per clientId) and announces it: the path every message takes.
   * `origin`: the connection that sent it, which has it from its ack (the broadcast skips it).
   */
  async append(
    conversationId: string,
    author: MessageAuthor,
    input: SendInput,
    at: number,
    origin: string | undefined,
    writableBy?: WritableBy,
    /** A whisper's agent (`Message.whisperTo`). */
    whisperTo?: string,
  ): Promise<Message> {
    const ids = input.attachments ?? [];
    let attachments;
    if (ids.length) {
      if (!this.files) throw new AppError(ErrorCode.badRequest, 'attachments: this server takes no files');
      // A re-send of a stored message finds it (its files are bound to it already).
      const stored = await this.store.findMessageByClientId(conversationId, input.clientId);
      if (stored) return this.files.present(stored);
      const conversation = await this.store.getConversation(conversationId);
      if (!conversation) throw new AppError(ErrorCode.notFound, 'conversation not found');
      attachments = await this.files.forMessage(author, conversation, ids);
    }
    const { message } = await appendAndAnnounce(
      this.store,
      this.events,
      conversationId,
      author,
      {
        clientId: input.clientId,
        text: input.text,
        internal: input.internal ?? false,
        ...(attachments ? { attachments } : {}),
        ...(writableBy ? { writableBy } : {}),
        ...(whisperTo ? { whisperTo } : {}),
      },
      at,
      origin,
      this.files ? (m) => this.files!.present(m) : undefined,
    );
    if (attachments) await this.files!.bind(ids, message.id);
    return message;
  }

  private async page(actor: Actor, conversationId: string, afterSeq: number, limit: number): Promise<Message[]> {
    const visitorView = actor.kind === 'visitor';
    const messages = await this.store.listMessages({ conversationId, afterSeq, limit, includeInternal: actor.kind === 'agent', visitorView, ...whisperFilter(actor) });
    const presented = this.presentAll(messages);
    return visitorView ? presented.map(toVisitorMessage) : presented;
  }

  private presentAll(messages: Message[]): Message[] {
    const files = this.files;
    return files ? messages.map((m) => files.present(m)) : messages;
  }
}

/** Supervisors and admins reply in any chat of their workspace; agents only in their own or unheld ones. */
function mayReplyAnywhere(actor: Actor & { kind: 'agent' }): boolean {
  return actor.role === 'supervisor' || actor.role === 'admin';
}
