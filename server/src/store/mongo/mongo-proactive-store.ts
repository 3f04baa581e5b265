import type mongoose from 'mongoose';
import type { Announcement, TriggerEventKind, TriggerHistoryEntry, TriggerRule, TriggerStats } from '@parley/shared';
import { countInto, ruleWithDefaults, type ConversationContextRecord, type ProactiveStore, type TriggerEventRecord } from '../proactive-port.js';
import type { VisitorDoc } from './mongo-documents.js';

type Db = mongoose.mongo.Db;

/** Rules keep their own shape, with the id as `_id`. */
type RuleDoc = Omit<TriggerRule, 'id'> & { _id: string };
type EventDoc = Omit<TriggerEventRecord, never>;
interface ContextDoc extends ConversationContextRecord {
  _id: string;
}
type AnnouncementDoc = Omit<Announcement, 'id'> & { _id: string };

/** Collection names of the proactive part. */
const names = {
  rules: 'trigger_rules',
  events: 'trigger_events',
  contexts: 'conversation_contexts',
  announcements: 'announcements',
} as const;

/**
 * Creates the proactive collections' indexes (idempotent); `MongoStore.connect` awaits it
 * before the store serves, like the core indexes.
 */
export async function ensureProactiveIndexes(db: Db): Promise<void> {
  await db.collection(names.rules).createIndexes([{ key: { siteId: 1, createdAt: 1 }, name: 'trigger_rules_by_site' }]);
  await db.collection(names.events).createIndexes([
    { key: { visitorId: 1, at: 1 }, name: 'trigger_events_by_visitor' },
    { key: { siteId: 1, ruleId: 1, kind: 1 }, name: 'trigger_events_by_site' },
  ]);
  await db.collection(names.announcements).createIndexes([{ key: { siteId: 1, createdAt: -1 }, name: 'announcements_by_site' }]);
}

/**
 * The proactive part of the MongoDB store, through the driver on the store's connection.
 * Nothing here needs to be atomic across documents: rules are replaced whole, events are
 * appended, a context is one document updated with `$set`.
 */
export class MongoProactiveStore implements ProactiveStore {
  constructor(private readonly db: Db) {}

  private get rules() {
    return this.db.collection<RuleDoc>(names.rules);
  }
  private get events() {
    return this.db.collection<EventDoc>(names.events);
  }
  private get contexts() {
    return this.db.collection<ContextDoc>(names.contexts);
  }
  private get announcements() {
    return this.db.collection<AnnouncementDoc>(names.announcements);
  }

  async listRules(siteId: string): Promise<TriggerRule[]> {
    return (await this.rules.find({ siteId }).sort({ createdAt: 1, _id: 1 }).toArray()).map(ruleFromDoc);
  }
  async getRule(id: string): Promise<TriggerRule | null> {
    const doc = await this.rules.findOne({ _id: id });
    return doc ? ruleFromDoc(doc) : null;
  }
  async saveRule(rule: TriggerRule): Promise<TriggerRule> {
    const { id, ...rest } = rule;
    await this.rules.replaceOne({ _id: id }, rest, { upsert: true });
    return rule;
  }
  async deleteRule(id: string): Promise<boolean> {
    return (await this.rules.deleteOne({ _id: id })).deletedCount > 0;
  }

  async recordTriggerEvent(event: TriggerEventRecord): Promise<void> {
    await this.events.insertOne({ ...event });
  }
  async listTriggerHistory(visitorId: string, since: number): Promise<TriggerHistoryEntry[]> {
    const docs = await this.events.find({ visitorId, at: { $gte: since } }).sort({ at: 1, _id: 1 }).toArray();
    return docs.map((d) => ({ ruleId: d.ruleId, kind: d.kind, sessionId: d.sessionId, at: d.at }));
  }
  async triggerStats(siteId: string): Promise<TriggerStats[]> {
    const rows = await this.events
      .aggregate<{ _id: { ruleId: string; kind: TriggerEventKind }; n: number }>([
        { $match: { siteId } },
        { $group: { _id: { ruleId: '$ruleId', kind: '$kind' }, n: { $sum: 1 } } },
      ])
      .toArray();
    const stats = new Map<string, TriggerStats>();
    for (const row of rows) countInto(stats, row._id.ruleId, row._id.kind, row.n);
    return [...stats.values()];
  }

  async saveConversationContext(conversationId: string, patch: Partial<ConversationContextRecord>): Promise<void> {
    await this.contexts.updateOne(
      { _id: conversationId },
      { $set: patch, $setOnInsert: { ...(patch.trigger === undefined ? { trigger: null } : {}), ...(patch.journey === undefined ? { journey: [] } : {}) } },
      { upsert: true },
    );
  }
  async getConversationContext(conversationId: string): Promise<ConversationContextRecord | null> {
    const doc = await this.contexts.findOne({ _id: conversationId });
    return doc ? { trigger: doc.trigger ?? null, journey: doc.journey ?? [] } : null;
  }

  async setVisitorIdentity(visitorId: string, identity: { name?: string; email?: string }): Promise<void> {
    const set: Partial<VisitorDoc> = {};
    if (identity.name !== undefined) set.name = identity.name;
    if (identity.email !== undefined) set.email = identity.email;
    if (Object.keys(set).length) await this.db.collection<VisitorDoc>('visitors').updateOne({ _id: visitorId }, { $set: set });
  }

  async saveAnnouncement(announcement: Announcement): Promise<Announcement> {
    const { id, ...rest } = announcement;
    await this.announcements.replaceOne({ _id: id }, rest, { upsert: true });
    return announcement;
  }
  async listAnnouncements(siteId: string, limit: number): Promise<Announcement[]> {
    const docs = await this.announcements.find({ siteId }).sort({ createdAt: -1, _id: 1 }).limit(limit).toArray();
    return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }
}

function ruleFromDoc({ _id, ...rest }: RuleDoc): TriggerRule {
  return ruleWithDefaults({ id: _id, ...rest });
}
