import { nanoid } from 'nanoid';
import type { Conversation } from '@parley/shared';

/**
 * A new conversation of a visitor as it is handed to `openConversationForVisitor`: nothing said
 * yet, nobody holding it unless `fields` says so, not queued, not closed. The visitor's first
 * message, a leave-a-message form and an agent's proactive chat all start from it.
 */
export function conversationDraft(
  owner: Pick<Conversation, 'workspaceId' | 'siteId' | 'visitorId'>,
  at: number,
  fields: Pick<Conversation, 'status'> & Partial<Conversation>,
): Conversation {
  return {
    id: nanoid(),
    // Picked, not spread: callers pass their actor, which carries more than these.
    workspaceId: owner.workspaceId,
    siteId: owner.siteId,
    visitorId: owner.visitorId,
    assigneeId: null,
    botId: null,
    lastSeq: 0,
    lastMessage: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    departmentId: null,
    priority: 0,
    queuedAt: null,
    assignedAt: null,
    firstResponseAt: null,
    offline: false,
    missed: false,
    locale: null,
    ...fields,
  };
}
