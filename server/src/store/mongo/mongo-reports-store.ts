import type mongoose from 'mongoose';
import type { AgentStatus, ConversationRating } from '@parley/shared';
import { returnWindowMs, type AgentStatusChange, type ReportFact, type ReportFactQuery, type ReportsStore } from '../reports-port.js';
import type { ConversationDoc } from './mongo-documents.js';
import type { ConversationEventDoc } from './mongo-routing-documents.js';

type PickedDoc = Pick<ConversationDoc, '_id' | 'siteId' | 'visitorId' | 'departmentId' | 'assigneeId' | 'createdAt' | 'closedAt' | 'firstResponseAt' | 'offline' | 'missed' | 'rating'>;
interface FoldedDoc {
  _id: string;
  queuedAt: number | null;
  assignedAt: number | null;
  resolvedAt: number | null;
  lastResolvedAt: number | null;
  reopens: number;
  breaches: number;
  responder: string | null;
}
type StatusDoc = AgentStatusChange & { _id?: unknown };

/** Ids per `$in`: keeps each aggregation's match small enough for any server. */
const chunk = 5000;

/** The reports' indexes: conversations by creation time, status changes by time. */
export async function ensureReportsIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('conversations').createIndexes([{ key: { workspaceId: 1, createdAt: 1 }, name: 'conversations_by_created' }]);
  await db.collection('agent_status_changes').createIndexes([{ key: { workspaceId: 1, at: 1 }, name: 'agent_status_changes_by_workspace' }]);
}

const kindAt = (kind: string) => ({ $cond: [{ $eq: ['$kind', kind] }, '$at', null] });
const kindCount = (kind: string) => ({ $sum: { $cond: [{ $eq: ['$kind', kind] }, 1, 0] } });

/**
 * `store.reports` on MongoDB: the range's conversations by `conversations_by_created`, their
 * events folded per conversation by an aggregation pipeline ($match on the ids, $group), and a
 * visitor's return from `conversations_by_visitor`.
 */
export class MongoReportsStore implements ReportsStore {
  private readonly conversations: mongoose.mongo.Collection<ConversationDoc>;
  private readonly events: mongoose.mongo.Collection<ConversationEventDoc>;
  private readonly statuses: mongoose.mongo.Collection<StatusDoc>;

  constructor(db: mongoose.mongo.Db) {
    this.conversations = db.collection<ConversationDoc>('conversations');
    this.events = db.collection<ConversationEventDoc>('conversation_events');
    this.statuses = db.collection<StatusDoc>('agent_status_changes');
  }

  async reportFacts(q: ReportFactQuery): Promise<ReportFact[]> {
    const filter: mongoose.mongo.Filter<ConversationDoc> = { workspaceId: q.workspaceId, createdAt: { $gte: q.from, $lt: q.to } };
    if (q.siteId) filter.siteId = q.siteId;
    if (q.departmentId) filter.departmentId = q.departmentId;
    if (q.agentId) filter.assigneeId = q.agentId;
    if (q.tagId) filter.tagIds = q.tagId;
    const projection = { _id: 1, siteId: 1, visitorId: 1, departmentId: 1, assigneeId: 1, createdAt: 1, closedAt: 1, firstResponseAt: 1, offline: 1, missed: 1, rating: 1 };
    const picked = (await this.conversations.find(filter, { projection, sort: { createdAt: 1, _id: 1 } }).toArray()) as PickedDoc[];
    const folded = new Map<string, FoldedDoc>();
    for (let i = 0; i < picked.length; i += chunk) {
      const ids = picked.slice(i, i + chunk).map((c) => c._id);
      const rows = await this.events
        .aggregate<FoldedDoc>([
          { $match: { conversationId: { $in: ids } } },
          {
            $group: {
              _id: '$conversationId',
              queuedAt: { $min: kindAt('queued') },
              assignedAt: { $min: kindAt('assigned') },
              resolvedAt: { $min: kindAt('resolved') },
              lastResolvedAt: { $max: kindAt('resolved') },
              reopens: kindCount('reopened'),
              breaches: kindCount('sla_breached'),
              responder: { $max: { $cond: [{ $eq: ['$kind', 'first_response'] }, '$data.authorType', null] } },
            },
          },
        ])
        .toArray();
      for (const row of rows) folded.set(row._id, row);
    }
    const returned = await this.returnedVisitors(picked, folded);
    return picked.map((c) => {
      const f = folded.get(c._id);
      const responder = f?.responder ?? null;
      return {
        id: c._id,
        siteId: c.siteId,
        departmentId: c.departmentId ?? null,
        agentId: c.assigneeId ?? null,
        createdAt: c.createdAt,
        queuedAt: f?.queuedAt ?? null,
        assignedAt: f?.assignedAt ?? null,
        firstResponseAt: c.firstResponseAt ?? null,
        firstResponder: responder === 'agent' || responder === 'bot' ? responder : null,
        resolvedAt: f?.resolvedAt ?? null,
        lastResolvedAt: f?.lastResolvedAt ?? null,
        reopened: (f?.reopens ?? 0) > 0,
        missed: c.missed === true,
        offline: c.offline === true,
        breaches: f?.breaches ?? 0,
        rating: (c.rating as ConversationRating | null | undefined) ?? null,
        returnedWithinWeek: returned.has(c._id),
      };
    });
  }

  /** Conversations whose visitor started another one within the return window after their last close. */
  private async returnedVisitors(picked: PickedDoc[], folded: Map<string, FoldedDoc>): Promise<Set<string>> {
    const closed = picked.flatMap((c) => {
      const closedAt = folded.get(c._id)?.lastResolvedAt ?? c.closedAt;
      return closedAt == null ? [] : [{ id: c._id, visitorId: c.visitorId, createdAt: c.createdAt, closedAt }];
    });
    const returned = new Set<string>();
    for (let i = 0; i < closed.length; i += chunk) {
      const part = closed.slice(i, i + chunk);
      const since = Math.min(...part.map((c) => c.createdAt));
      const later = await this.conversations
        .find({ visitorId: { $in: [...new Set(part.map((c) => c.visitorId))] }, createdAt: { $gt: since } }, { projection: { _id: 1, visitorId: 1, createdAt: 1 } })
        .toArray();
      const byVisitor = new Map<string, { id: string; createdAt: number }[]>();
      for (const d of later) byVisitor.set(d.visitorId, [...(byVisitor.get(d.visitorId) ?? []), { id: d._id, createdAt: d.createdAt }]);
      for (const c of part) {
        const next = byVisitor.get(c.visitorId) ?? [];
        if (next.some((n) => n.id !== c.id && n.createdAt > c.createdAt && n.createdAt <= c.closedAt + returnWindowMs)) returned.add(c.id);
      }
    }
    return returned;
  }

  async recordAgentStatus(c: AgentStatusChange): Promise<void> {
    await this.statuses.insertOne({ agentId: c.agentId, workspaceId: c.workspaceId, status: c.status, at: c.at });
  }

  async agentStatusChanges(workspaceId: string, from: number, to: number): Promise<AgentStatusChange[]> {
    const before = await this.statuses
      .aggregate<{ _id: string; last: StatusDoc }>([
        { $match: { workspaceId, at: { $lt: from } } },
        { $sort: { at: 1, _id: 1 } },
        { $group: { _id: '$agentId', last: { $last: '$$ROOT' } } },
      ])
      .toArray();
    const inRange = await this.statuses.find({ workspaceId, at: { $gte: from, $lt: to } }, { sort: { at: 1, _id: 1 } }).toArray();
    const strip = (d: StatusDoc): AgentStatusChange => ({ agentId: d.agentId, workspaceId: d.workspaceId, status: d.status as AgentStatus, at: d.at });
    return [...before.map((b) => strip(b.last)).sort((a, b) => a.at - b.at), ...inRange.map(strip)];
  }
}
