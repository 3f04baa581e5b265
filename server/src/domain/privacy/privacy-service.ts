import { ErrorCode, type Conversation, type Message, type Visitor } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import type { RetentionRun } from '../../store/privacy-port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { eraseConversation, type ConversationFiles } from './conversation-eraser.js';

type AgentActor = Actor & { kind: 'agent' };

/** Everything stored of one visitor (`GET /api/v1/visitors/{id}/export`). */
export interface VisitorExport {
  visitor: Visitor;
  conversations: Array<{ conversation: Conversation; messages: Message[] }>;
  exportedAt: number;
}

/** What a visitor's deletion removed. */
export interface VisitorDeletion {
  conversations: number;
  messages: number;
  files: number;
}

const page = 500;

/**
 * Privacy for admins (issue 16): a visitor's data exported and deleted, and the retention job's
 * run log. Visitors linked to a contact are the contacts' to export and delete
 * (`/api/v1/contacts/{id}`); here, the anonymous ones.
 */
export class PrivacyService {
  constructor(
    private readonly deps: { store: Store; files: ConversationFiles; now?: () => number },
  ) {}

  /** The visitor's record and every conversation with its whole transcript (internal notes too, as the contacts' export). */
  async exportVisitor(actor: AgentActor, visitorId: string): Promise<VisitorExport> {
    const visitor = await this.adminsVisitor(actor, visitorId);
    const conversations = [];
    for (const conversation of await this.deps.store.privacy.visitorConversations(visitorId)) {
      const messages: Message[] = [];
      for (;;) {
        const more = await this.deps.store.listMessages({ conversationId: conversation.id, afterSeq: messages.at(-1)?.seq ?? 0, limit: page, includeInternal: true });
        messages.push(...more);
        if (more.length < page) break;
      }
      conversations.push({ conversation, messages });
    }
    return { visitor, conversations, exportedAt: (this.deps.now ?? Date.now)() };
  }

  /**
   * Deletes the visitor, their conversations (messages, files, events, search entries, read
   * marks, ratings) and their trigger history. Refused (`conflict`) while one of their
   * conversations is not closed, and for a visitor linked to a contact.
   */
  async deleteVisitor(actor: AgentActor, visitorId: string): Promise<VisitorDeletion> {
    await this.adminsVisitor(actor, visitorId);
    const { store, files } = this.deps;
    if (await store.contacts.getContactOfVisitor(visitorId)) {
      throw new AppError(ErrorCode.conflict, 'this visitor belongs to a contact: delete the contact instead');
    }
    const conversations = await store.privacy.visitorConversations(visitorId);
    if (conversations.some((c) => c.status !== 'closed')) throw new AppError(ErrorCode.conflict, 'close the visitor\'s conversation before deleting them');
    const removed: VisitorDeletion = { conversations: 0, messages: 0, files: 0 };
    for (const conversation of conversations) {
      const erased = await eraseConversation(store, files, conversation);
      removed.conversations += erased.conversations;
      removed.messages += erased.messages;
      removed.files += erased.files;
    }
    await store.privacy.deleteVisitor(visitorId);
    return removed;
  }

  /** The retention job's runs over a site, newest first (admins of its workspace). */
  async retentionRuns(actor: AgentActor, siteId: string, limit: number): Promise<RetentionRun[]> {
    assertAdmin(actor);
    const site = await this.deps.store.getSite(siteId);
    if (!site || site.workspaceId !== actor.workspaceId) throw notFound('site');
    return this.deps.store.privacy.listRetentionRuns(siteId, limit);
  }

  /** The visitor, when they belong to a site of the admin's workspace; `not_found` otherwise. */
  private async adminsVisitor(actor: AgentActor, visitorId: string): Promise<Visitor> {
    assertAdmin(actor);
    const visitor = await this.deps.store.getVisitor(visitorId);
    const site = visitor ? await this.deps.store.getSite(visitor.siteId) : null;
    if (!visitor || !site || site.workspaceId !== actor.workspaceId) throw notFound('visitor');
    return visitor;
  }
}

function assertAdmin(actor: AgentActor): void {
  if (actor.role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only admins can export or delete visitor data');
}
