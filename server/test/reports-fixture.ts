import { nanoid } from 'nanoid';
import type { ConversationEventKind } from '@parley/shared';
import type { Store } from '../src/store/port.js';

/**
 * One conversation of a report fixture, in seconds after `created` (an ISO instant). Written
 * straight into the store, events and all, because the times are in the past and must be exact.
 */
export interface FixtureConversation {
  id: string;
  created: string;
  visitorId?: string;
  departmentId?: string;
  agentId?: string;
  /** Queued at `created`, assigned this many seconds later. */
  waitS?: number;
  firstResponseS?: number;
  firstResponseBy?: 'agent' | 'bot';
  resolvedS?: number;
  /** Reopened at the first, resolved again at the second. */
  reopenS?: [number, number];
  missed?: boolean;
  offline?: boolean;
  breaches?: number;
  rating?: { score: number; comment: string | null };
}

export async function seedReportFixture(store: Store, workspaceId: string, siteId: string, items: FixtureConversation[]): Promise<void> {
  for (const c of items) {
    const created = Date.parse(c.created);
    const at = (seconds: number) => created + seconds * 1000;
    const visitorId = c.visitorId ?? nanoid();
    if (!(await store.getVisitor(visitorId))) await store.createVisitor({ id: visitorId, siteId, name: null, email: null, createdAt: created, lastSeenAt: created });
    const finalClose = c.reopenS ? c.reopenS[1] : c.resolvedS;
    await store.openConversationForVisitor({
      id: c.id,
      workspaceId,
      siteId,
      visitorId,
      status: finalClose === undefined ? 'waiting' : 'closed',
      assigneeId: c.agentId ?? null,
      lastSeq: 0,
      lastMessage: null,
      createdAt: created,
      updatedAt: created,
      closedAt: finalClose === undefined ? null : at(finalClose),
      departmentId: c.departmentId ?? null,
      firstResponseAt: c.firstResponseS === undefined ? null : at(c.firstResponseS),
      missed: c.missed ?? false,
      offline: c.offline ?? false,
    });
    const event = (kind: ConversationEventKind, seconds: number, data: Record<string, string> = {}) =>
      store.routing.appendEvent({ conversationId: c.id, workspaceId, siteId, kind, at: at(seconds), agentId: c.agentId ?? null, departmentId: c.departmentId ?? null, data });
    await event('created', 0);
    if (c.offline) await event('offline_message', 0);
    else await event('queued', 0);
    if (c.waitS !== undefined) await event('assigned', c.waitS);
    if (c.firstResponseS !== undefined) await event('first_response', c.firstResponseS, { authorType: c.firstResponseBy ?? 'agent' });
    for (let i = 0; i < (c.breaches ?? 0); i++) await event('sla_breached', 1);
    if (c.resolvedS !== undefined) await event('resolved', c.resolvedS, { reason: c.missed ? 'missed' : 'agent' });
    if (c.missed && c.resolvedS !== undefined) await event('missed', c.resolvedS);
    if (c.reopenS) {
      await event('reopened', c.reopenS[0]);
      await event('resolved', c.reopenS[1]);
    }
    if (c.rating) await store.live.rate(c.id, { score: c.rating.score, comment: c.rating.comment, ratedAt: at((finalClose ?? 0) + 10) }, 5);
  }
}
