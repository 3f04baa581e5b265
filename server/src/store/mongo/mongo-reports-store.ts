import type mongoose from 'mongoose';
import type { AgentStatus, ConversationRating, RatingComment } from '@parley/shared';
import type { AgentStatusChange, DayCounts, OnlineInterval, ProactiveCounts, ReportFactQuery, ReportGroupFigures, ReportGroupQuery, ReportsStore, ZoneOffset } from '../reports-port.js';
import type { ConversationDoc } from './mongo-documents.js';
import { foldStages, groupsPipeline, localDayOf, reportMatch } from './mongo-report-pipeline.js';

type StatusDoc = AgentStatusChange & { _id?: unknown };

/** The reports' indexes: conversations by creation time, status changes by time (events by conversation and conversations by visitor exist already). */
export async function ensureReportsIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('conversations').createIndexes([{ key: { workspaceId: 1, createdAt: 1 }, name: 'conversations_by_created' }]);
  await db.collection('agent_status_changes').createIndexes([{ key: { workspaceId: 1, at: 1 }, name: 'agent_status_changes_by_workspace' }]);
}

/**
 * `store.reports` on MongoDB: the figures by aggregation pipelines over `conversations` and
 * their events (mongo-report-pipeline.ts), status changes in their own collection.
 */
export class MongoReportsStore implements ReportsStore {
  private readonly conversations: mongoose.mongo.Collection<ConversationDoc>;
  private readonly triggerEvents: mongoose.mongo.Collection<{ siteId: string; kind: string; at: number }>;
  private readonly statuses: mongoose.mongo.Collection<StatusDoc>;

  constructor(db: mongoose.mongo.Db) {
    this.conversations = db.collection<ConversationDoc>('conversations');
    this.triggerEvents = db.collection('trigger_events');
    this.statuses = db.collection<StatusDoc>('agent_status_changes');
  }

  async reportGroups(q: ReportGroupQuery): Promise<ReportGroupFigures[]> {
    return this.conversations.aggregate<ReportGroupFigures>(groupsPipeline(q)).toArray();
  }

  async dayCounts(q: ReportFactQuery, zone: readonly ZoneOffset[]): Promise<DayCounts[]> {
    return this.conversations
      .aggregate<DayCounts>([
        { $match: reportMatch(q) },
        {
          $group: {
            _id: localDayOf(zone),
            started: { $sum: 1 },
            answered: { $sum: { $cond: [{ $ne: [{ $ifNull: ['$firstResponseAt', null] }, null] }, 1, 0] } },
            missed: { $sum: { $cond: [{ $eq: ['$missed', true] }, 1, 0] } },
          },
        },
        { $sort: { _id: 1 } },
        { $project: { _id: 0, day: '$_id', started: 1, answered: 1, missed: 1 } },
      ])
      .toArray();
  }

  async latestRatingComments(q: ReportFactQuery, limit: number): Promise<RatingComment[]> {
    const docs = await this.conversations
      .find({ ...reportMatch(q), 'rating.comment': { $gt: '' } }, { projection: { _id: 1, rating: 1 }, sort: { 'rating.ratedAt': -1, createdAt: 1, _id: 1 }, limit })
      .toArray();
    return docs.map((d) => {
      const rating = d.rating as ConversationRating;
      return { conversationId: d._id, score: rating.score, comment: rating.comment ?? '', ratedAt: rating.ratedAt };
    });
  }

  async agentChatMs(q: ReportFactQuery, online: readonly OnlineInterval[], until: number): Promise<{ agentId: string; chatMs: number }[]> {
    // Grouped by agent, so each conversation walks its own agent's intervals only.
    const byAgent = new Map<string, { from: number; to: number }[]>();
    for (const i of online) byAgent.set(i.agentId, [...(byAgent.get(i.agentId) ?? []), { from: i.from, to: i.to }]);
    const agents = [...byAgent].map(([agentId, spans]) => ({ agentId, spans }));
    const start = '$assignedAt';
    const end = { $ifNull: ['$lastResolvedAt', until] };
    return this.conversations
      .aggregate<{ agentId: string; chatMs: number }>([
        ...foldStages(q),
        { $match: { assigneeId: { $in: [...byAgent.keys()] }, assignedAt: { $ne: null } } },
        {
          $project: {
            assigneeId: 1,
            chat: {
              $let: {
                vars: { mine: { $arrayElemAt: [{ $filter: { input: { $literal: agents }, cond: { $eq: ['$$this.agentId', '$assigneeId'] } } }, 0] } },
                in: {
                  $sum: {
                    $map: {
                      input: '$$mine.spans',
                      in: { $max: [0, { $subtract: [{ $min: ['$$this.to', end] }, { $max: ['$$this.from', start] }] }] },
                    },
                  },
                },
              },
            },
          },
        },
        { $group: { _id: '$assigneeId', chatMs: { $sum: '$chat' } } },
        { $project: { _id: 0, agentId: '$_id', chatMs: 1 } },
      ])
      .toArray();
  }

  async proactiveCounts(siteIds: readonly string[], from: number, to: number): Promise<ProactiveCounts> {
    const rows = await this.triggerEvents
      .aggregate<{ _id: string; n: number }>([
        { $match: { siteId: { $in: [...siteIds] }, at: { $gte: from, $lt: to }, kind: { $in: ['shown', 'replied', 'goal'] } } },
        { $group: { _id: '$kind', n: { $sum: 1 } } },
      ])
      .toArray();
    const n = (kind: string) => rows.find((r) => r._id === kind)?.n ?? 0;
    return { shown: n('shown'), replied: n('replied'), goals: n('goal') };
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
