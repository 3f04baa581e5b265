import type mongoose from 'mongoose';
import type {
  AgentRole,
  AgentStatus,
  Conversation,
  ConversationEvent,
  ConversationEventKind,
  Department,
  Site,
  SiteSettings,
} from '@parley/shared';
import type { AgentRoutingState, ClaimOptions, DepartmentPatch, QueueRoute, RoutingStore, Timings } from '../routing-port.js';
import type { AgentSlots } from './mongo-agent-slots.js';
import { recountSlots } from './mongo-slot-recount.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';
import { uniqueIndexes } from './mongo-models.js';
import { conversationFromDoc, siteFromDoc, type AgentDoc, type ConversationDoc, type SiteDoc, type VisitorDoc } from './mongo-documents.js';
import {
  departmentFromDoc,
  departmentToDoc,
  eventFromDoc,
  eventToDoc,
  type ConversationEventDoc,
  type DepartmentDoc,
} from './mongo-routing-documents.js';

type Collection<T extends mongoose.mongo.Document> = mongoose.mongo.Collection<T>;

export interface RoutingCollections {
  agents: Collection<AgentDoc>;
  sites: Collection<SiteDoc>;
  visitors: Collection<VisitorDoc>;
  conversations: Collection<ConversationDoc>;
  departments: Collection<DepartmentDoc>;
  conversationEvents: Collection<ConversationEventDoc>;
}

const after = { returnDocument: 'after', includeResultMetadata: false } as const;
const before = { returnDocument: 'before', includeResultMetadata: false } as const;

/**
 * Routing on MongoDB, without transactions (a standalone server works). Capacity is a
 * per-agent counter, `agents.activeChats`, kept by every operation that opens or ends an
 * assignment. A claim within capacity is two conditional findOneAndUpdates:
 *
 * 1. `{_id: agent, $expr: activeChats < capacity}` with `$inc: {activeChats: 1}`: takes a slot
 *    atomically; racing claims for one agent (from any process) cannot pass the capacity.
 * 2. `{_id: conversation, status: 'waiting', assigneeId: null}` → assigned and open: exactly
 *    one racer wins; a loser gives its slot back with `$inc: -1`.
 *
 * Known window: a process that dies between 1 and 2 (or between a close and its `$inc: -1`)
 * leaves the counter one off for that agent until an admin sets the capacity again
 * (`updateAgent` recounts the agent's open conversations, as a compare-and-set on the counter:
 * `mongo-slot-recount.ts`).
 */
export class MongoRoutingStore implements RoutingStore {
  constructor(
    private readonly c: RoutingCollections,
    private readonly slots: AgentSlots,
  ) {}

  async setAgentStatus(agentId: string, status: AgentStatus): Promise<void> {
    await this.c.agents.updateOne({ _id: agentId }, { $set: { status } });
  }
  async setAgentConnected(agentId: string, connected: boolean): Promise<void> {
    await this.c.agents.updateOne({ _id: agentId }, { $set: { connected } });
  }
  async updateAgent(agentId: string, patch: { capacity?: number; role?: AgentRole }): Promise<void> {
    const set: Partial<AgentDoc> = {};
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.capacity === undefined) {
      await this.c.agents.updateOne({ _id: agentId }, { $set: set });
      return;
    }
    set.capacity = patch.capacity;
    // The moment an admin touches capacity is a good one to heal a counter left off by a crash.
    await recountSlots(this.c, agentId, set);
  }
  async listAgentStates(workspaceId: string): Promise<AgentRoutingState[]> {
    const [docs, departments] = await Promise.all([
      this.c.agents.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray(),
      this.listDepartments(workspaceId),
    ]);
    return docs.map((d) => agentState(d, departments));
  }
  async getAgentState(agentId: string): Promise<AgentRoutingState | null> {
    const doc = await this.c.agents.findOne({ _id: agentId });
    return doc ? agentState(doc, await this.listDepartments(doc.workspaceId)) : null;
  }

  async createDepartment(d: Department): Promise<Department> {
    await this.c.departments.insertOne(departmentToDoc(d));
    return d;
  }
  async updateDepartment(id: string, patch: DepartmentPatch): Promise<Department | null> {
    const doc = await this.c.departments.findOneAndUpdate({ _id: id }, { $set: { ...patch } }, after);
    return doc ? departmentFromDoc(doc) : null;
  }
  async getDepartment(id: string): Promise<Department | null> {
    const doc = await this.c.departments.findOne({ _id: id });
    return doc ? departmentFromDoc(doc) : null;
  }
  async listDepartments(workspaceId: string): Promise<Department[]> {
    const docs = await this.c.departments.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray();
    return docs.map(departmentFromDoc);
  }

  async updateSiteSettings(siteId: string, settings: SiteSettings): Promise<Site | null> {
    const doc = await this.c.sites.findOneAndUpdate({ _id: siteId }, { $set: { settings } }, after);
    return doc ? siteFromDoc(doc) : null;
  }
  async setVisitorContact(visitorId: string, name: string, email: string): Promise<void> {
    await this.c.visitors.updateOne({ _id: visitorId }, { $set: { name, email } });
  }

  async enqueue(conversationId: string, route: QueueRoute, at: number): Promise<Conversation | null> {
    const set = { status: 'waiting', assigneeId: null, departmentId: route.departmentId, priority: route.priority, queuedAt: at, updatedAt: at };
    const old = await this.c.conversations.findOneAndUpdate({ _id: conversationId, status: { $ne: 'closed' } }, { $set: set }, before);
    if (!old) return null;
    await this.slots.release(old);
    return conversationFromDoc({ ...old, ...set });
  }
  async listQueue(workspaceId: string, limit: number): Promise<Conversation[]> {
    if (limit <= 0) return [];
    const docs = await this.c.conversations
      .find(
        { workspaceId, status: 'waiting', assigneeId: null, queuedAt: { $ne: null }, botId: null },
        { sort: { priority: -1, queuedAt: 1, _id: 1 }, limit },
      )
      .toArray();
    return docs.map(conversationFromDoc);
  }

  async claim(conversationId: string, agentId: string, at: number, options: ClaimOptions): Promise<Conversation | null> {
    if (options.defaultCapacity === null) {
      await this.slots.take(agentId, at);
    } else {
      const capacity = { $cond: [{ $gt: ['$capacity', 0] }, '$capacity', options.defaultCapacity] };
      const slot = await this.c.agents.findOneAndUpdate(
        { _id: agentId, $expr: { $lt: [{ $ifNull: ['$activeChats', 0] }, capacity] } },
        { $inc: { activeChats: 1 }, $set: { lastAssignedAt: at } },
        after,
      );
      if (!slot) return null;
    }
    const doc = await this.c.conversations.findOneAndUpdate(
      { _id: conversationId, status: 'waiting', assigneeId: null, botId: null },
      { $set: { assigneeId: agentId, status: 'open', updatedAt: at, assignedAt: at } },
      after,
    );
    if (!doc) {
      await this.c.agents.updateOne({ _id: agentId }, { $inc: { activeChats: -1 } });
      return null;
    }
    return conversationFromDoc(doc);
  }
  async reassign(conversationId: string, agentId: string, at: number): Promise<Conversation | null> {
    const set = { assigneeId: agentId, status: 'open', updatedAt: at, assignedAt: at };
    const old = await this.c.conversations.findOneAndUpdate({ _id: conversationId, status: { $ne: 'closed' } }, { $set: set }, before);
    if (!old) return null;
    await this.slots.release(old);
    await this.slots.take(agentId, at);
    return conversationFromDoc({ ...old, ...set });
  }
  async markFirstResponse(conversationId: string, at: number): Promise<Conversation | null> {
    // `null` also matches documents written before the field existed.
    const doc = await this.c.conversations.findOneAndUpdate(
      { _id: conversationId, firstResponseAt: null },
      { $set: { firstResponseAt: at } },
      after,
    );
    return doc ? conversationFromDoc(doc) : null;
  }
  async markBreach(conversationId: string, bit: number): Promise<boolean> {
    const result = await this.c.conversations.updateOne(
      { _id: conversationId, $or: [{ slaBreaches: { $exists: false } }, { slaBreaches: { $bitsAllClear: bit } }] },
      { $bit: { slaBreaches: { or: bit } } },
    );
    return result.modifiedCount === 1;
  }
  async reopen(conversationId: string, at: number): Promise<Conversation | null> {
    try {
      // A pipeline update, so the unique active-visitor marker is set from the document's own visitorId.
      const doc = await this.c.conversations.findOneAndUpdate(
        { _id: conversationId, status: 'closed', missed: { $ne: true }, offline: { $ne: true } },
        [{ $set: { status: 'waiting', assigneeId: null, closedAt: null, queuedAt: at, updatedAt: at, activeVisitorId: '$visitorId' } }],
        after,
      );
      return doc ? conversationFromDoc(doc) : null;
    } catch (err) {
      if (isDuplicateKey(err, uniqueIndexes.activeConversation)) return null;
      throw err;
    }
  }
  async closeAsMissed(conversationId: string, at: number): Promise<Conversation | null> {
    const set = { status: 'closed', missed: true, closedAt: at, updatedAt: at };
    const old = await this.c.conversations.findOneAndUpdate(
      { _id: conversationId, status: { $ne: 'closed' }, firstResponseAt: null },
      { $set: set, $unset: { activeVisitorId: '' } },
      before,
    );
    if (!old) return null;
    await this.slots.release(old);
    const { activeVisitorId: _gone, ...rest } = old;
    return conversationFromDoc({ ...rest, ...set });
  }
  async listActive(limit: number): Promise<Conversation[]> {
    if (limit <= 0) return [];
    const docs = await this.c.conversations.find({ status: { $in: ['waiting', 'open'] } }, { sort: { createdAt: 1 }, limit }).toArray();
    return docs.map(conversationFromDoc);
  }
  async recentTimings(siteId: string, limit: number): Promise<Timings> {
    const [first, handled] = await Promise.all([
      this.c.conversations.find({ siteId, firstResponseAt: { $ne: null } }, { sort: { firstResponseAt: -1 }, limit }).toArray(),
      this.c.conversations
        .find({ siteId, status: 'closed', assignedAt: { $ne: null }, missed: { $ne: true } }, { sort: { closedAt: -1 }, limit })
        .toArray(),
    ]);
    return {
      firstResponseMs: first.map((d) => (d.firstResponseAt ?? d.createdAt) - d.createdAt),
      handleMs: handled.map((d) => (d.closedAt ?? 0) - (d.assignedAt ?? 0)),
    };
  }

  async appendEvent(event: ConversationEvent): Promise<void> {
    await this.c.conversationEvents.insertOne(eventToDoc(event));
  }
  async listEvents(conversationId: string): Promise<ConversationEvent[]> {
    const docs = await this.c.conversationEvents.find({ conversationId }, { sort: { at: 1, _id: 1 } }).toArray();
    return docs.map(eventFromDoc);
  }
  async countEvents(workspaceId: string, kind: ConversationEventKind, since = 0): Promise<number> {
    return this.c.conversationEvents.countDocuments({ workspaceId, kind, at: { $gte: since } });
  }
}

function agentState(d: AgentDoc, departments: readonly Department[]): AgentRoutingState {
  return {
    id: d._id,
    workspaceId: d.workspaceId,
    email: d.email,
    name: d.name,
    role: d.role as AgentRole,
    capacity: d.capacity,
    createdAt: d.createdAt,
    status: (d.status ?? 'online') as AgentStatus,
    connected: d.connected ?? false,
    activeChats: Math.max(0, d.activeChats ?? 0),
    lastAssignedAt: d.lastAssignedAt ?? 0,
    departmentIds: departments.filter((dep) => dep.memberIds.includes(d._id)).map((dep) => dep.id),
  };
}
