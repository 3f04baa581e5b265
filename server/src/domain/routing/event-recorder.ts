import { ConversationEventKind, type Conversation, type ConversationEvent } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { ChangeDetail, ConversationChange, DomainEventMap, DomainEvents } from '../events.js';

type Recorded = Pick<ConversationEvent, 'kind' | 'agentId' | 'departmentId' | 'data'>;

/** The event log entries one change makes (none for a plain message). */
export function eventsForChange(conversation: Conversation, change: ConversationChange, detail: ChangeDetail = {}): Recorded[] {
  const department = conversation.departmentId ?? null;
  const actor = detail.actorId ?? null;
  switch (change) {
    case 'created':
      return [
        { kind: ConversationEventKind.created, agentId: null, departmentId: department, data: {} },
        ...(conversation.offline ? [{ kind: ConversationEventKind.offlineMessage, agentId: null, departmentId: department, data: {} }] : []),
      ];
    case 'queued':
      return [{ kind: ConversationEventKind.queued, agentId: null, departmentId: department, data: { priority: conversation.priority ?? 0 } }];
    case 'assigned':
      return [
        {
          kind: ConversationEventKind.assigned,
          agentId: conversation.assigneeId,
          departmentId: department,
          data: { by: detail.by ?? 'pick', actorId: actor, fromAgentId: detail.fromAgentId ?? null },
        },
      ];
    case 'transferred': {
      const data = {
        actorId: actor,
        fromAgentId: detail.fromAgentId ?? null,
        fromDepartmentId: detail.fromDepartmentId ?? null,
        toAgentId: detail.toDepartmentId ? null : conversation.assigneeId,
        toDepartmentId: detail.toDepartmentId ?? null,
      };
      const to = detail.toDepartmentId ?? department;
      return [
        { kind: ConversationEventKind.transferred, agentId: actor, departmentId: to, data },
        ...(detail.escalated ? [{ kind: ConversationEventKind.escalated, agentId: actor, departmentId: to, data }] : []),
      ];
    }
    case 'closed':
      return [
        { kind: ConversationEventKind.resolved, agentId: conversation.assigneeId, departmentId: department, data: { reason: detail.reason ?? 'agent', actorId: actor } },
        ...(detail.reason === 'missed' ? [{ kind: ConversationEventKind.missed, agentId: null, departmentId: department, data: {} }] : []),
      ];
    case 'rated':
      // The reports read CSAT from these (the score at the time, and whether it replaced one).
      return [
        {
          kind: ConversationEventKind.rated,
          agentId: conversation.assigneeId,
          departmentId: department,
          data: { score: conversation.rating?.score ?? null, comment: conversation.rating?.comment ?? null, changed: detail.changed ?? false },
        },
      ];
    case 'reopened':
      return [{ kind: ConversationEventKind.reopened, agentId: null, departmentId: department, data: {} }];
    default:
      return [];
  }
}

/**
 * Writes every state change of a conversation, with its time, to the event log: the reports
 * are computed from it. Subscribes to domain events, so a service only has to announce a change.
 */
export function recordConversationEvents(store: Store, events: DomainEvents, log: Logger, now: () => number = Date.now): () => void {
  const onUpdated = ({ conversation, change, detail }: DomainEventMap['conversation:updated'][0]) => {
    const at = now();
    for (const e of eventsForChange(conversation, change, detail)) {
      store.routing
        .appendEvent({ ...e, conversationId: conversation.id, workspaceId: conversation.workspaceId, siteId: conversation.siteId, at })
        .catch((err: unknown) => log.error({ err, conversationId: conversation.id, kind: e.kind }, 'could not record a conversation event'));
    }
  };
  // The first reply by an agent or a bot (not a note, not a system line) is the first response.
  const onMessage = ({ message, conversation }: DomainEventMap['message:new'][0]) => {
    if (message.internal || (message.author.type !== 'agent' && message.author.type !== 'bot') || conversation.firstResponseAt) return;
    void (async () => {
      const marked = await store.routing.markFirstResponse(conversation.id, message.createdAt);
      if (!marked) return;
      await store.routing.appendEvent({
        conversationId: marked.id,
        workspaceId: marked.workspaceId,
        siteId: marked.siteId,
        kind: ConversationEventKind.firstResponse,
        at: message.createdAt,
        agentId: message.author.type === 'agent' ? message.author.id : null,
        departmentId: marked.departmentId ?? null,
        data: { authorType: message.author.type, waitedMs: message.createdAt - marked.createdAt },
      });
      events.emit('conversation:updated', { conversation: marked, change: 'message' });
    })().catch((err: unknown) => log.error({ err, conversationId: conversation.id }, 'could not record a first response'));
  };
  events.on('conversation:updated', onUpdated);
  events.on('message:new', onMessage);
  return () => {
    events.off('conversation:updated', onUpdated);
    events.off('message:new', onMessage);
  };
}
