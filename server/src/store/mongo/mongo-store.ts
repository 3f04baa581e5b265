import mongoose, { type ConnectOptions, type Connection } from 'mongoose';
import { ErrorCode, type Conversation, type Message, type Site, type Visitor, type Workspace } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { AgentRecord, AppendResult, ConversationQuery, MessageQuery, NewMessage, Store } from '../port.js';
import { messagePreview } from '../message-preview.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';
import { MongoAccountsStore, ensureAccountsIndexes } from './mongo-accounts-store.js';
import { ensureProactiveIndexes, MongoProactiveStore } from './mongo-proactive-store.js';
import { AgentSlots } from './mongo-agent-slots.js';
import { MongoBotStore, ensureBotIndexes } from './mongo-bot-store.js';
import { MongoKnowledgeStore, ensureKnowledgeIndexes } from './mongo-knowledge-store.js';
import { MongoCannedReplyStore, ensureCannedReplyIndexes } from './mongo-canned-reply-store.js';
import { MongoTagStore, ensureTagIndexes } from './mongo-tag-store.js';
import { MongoContactStore, ensureContactIndexes } from './mongo-contact-store.js';
import { MongoSearchStore, ensureSearchIndexes } from './mongo-search-store.js';
import { MongoMentionStore, ensureMentionIndexes } from './mongo-mention-store.js';
import { MongoPrivacyStore, ensurePrivacyIndexes } from './mongo-privacy-store.js';
import { MongoRoutingStore } from './mongo-routing-store.js';
import { MongoMailStore, ensureMailIndexes } from './mongo-mail-store.js';
import { MongoLiveStore, ensureLiveIndexes } from './mongo-live-store.js';
import { MongoReportsStore, ensureReportsIndexes } from './mongo-reports-store.js';
import { GridFsFileStorage } from './gridfs-file-storage.js';
import type { ConversationEventDoc, DepartmentDoc } from './mongo-routing-documents.js';
import { defineModels, ensureIndexes, uniqueIndexes, type MongoModels, type UniqueIndex } from './mongo-models.js';
import { appendRefusal } from '../append-condition.js';
import { backfillVisitorSeq } from './mongo-visitor-seq.js';
import {
  agentFromDoc,
  agentToDoc,
  conversationFromDoc,
  conversationToDoc,
  messageFromDoc,
  messageToDoc,
  previewToDoc,
  siteFromDoc,
  siteToDoc,
  visitorFromDoc,
  visitorToDoc,
  workspaceFromDoc,
  workspaceToDoc,
  type AgentDoc,
  type ConversationDoc,
  type MessageDoc,
  type SiteDoc,
  type VisitorDoc,
  type WorkspaceDoc,
} from './mongo-documents.js';

type DriverCollection<T extends mongoose.mongo.Document> = mongoose.mongo.Collection<T>;

interface Collections {
  workspaces: DriverCollection<WorkspaceDoc>;
  sites: DriverCollection<SiteDoc>;
  agents: DriverCollection<AgentDoc>;
  visitors: DriverCollection<VisitorDoc>;
  conversations: DriverCollection<ConversationDoc>;
  messages: DriverCollection<MessageDoc>;
  departments: DriverCollection<DepartmentDoc>;
  conversationEvents: DriverCollection<ConversationEventDoc>;
}

/** Options `connect` passes on to mongoose; the URI carries everything else. */
export type MongoConnectOptions = Pick<ConnectOptions, 'dbName' | 'serverSelectionTimeoutMS'>;

/** How often `openConversationForVisitor` retries when the active conversation it lost to closes at once. */
const openAttempts = 3;

/**
 * The production store: MongoDB through mongoose, for several server processes sharing one
 * database. Mongoose owns the connection and the schemas' indexes; reads and writes go
 * straight to the driver's collections, because mongoose's document layer costs many times
 * the driver's price per insert and this store does one insert per chat message.
 *
 * Atomicity without transactions (so a standalone server works too): the next seq is one
 * `$inc` in findOneAndUpdate; claim and close are one conditional findOneAndUpdate each; one
 * active conversation per visitor and one message per clientId are unique indexes, and a
 * duplicate-key error (11000) from a racing writer is answered with the winner's document.
 */
export class MongoStore implements Store {
  readonly kind = 'mongo' as const;
  readonly proactive: MongoProactiveStore;
  readonly bots: MongoBotStore;
  readonly knowledge: MongoKnowledgeStore;
  readonly routing: MongoRoutingStore;
  readonly mail: MongoMailStore;
  readonly accounts: MongoAccountsStore;
  readonly live: MongoLiveStore;
  readonly cannedReplies: MongoCannedReplyStore;
  readonly tags: MongoTagStore;
  readonly contacts: MongoContactStore;
  readonly search: MongoSearchStore;
  readonly mentions: MongoMentionStore;
  readonly privacy: MongoPrivacyStore;
  readonly reports: MongoReportsStore;
  /** Uploaded files' bytes in GridFS, on this store's connection. */
  readonly files: GridFsFileStorage;

  private constructor(
    private readonly connection: Connection,
    private readonly c: Collections,
    db: mongoose.mongo.Db,
  ) {
    this.proactive = new MongoProactiveStore(db);
    const slots = new AgentSlots(c.agents);
    this.bots = new MongoBotStore(db, slots);
    this.knowledge = new MongoKnowledgeStore(db);
    this.routing = new MongoRoutingStore(c, slots);
    this.mail = new MongoMailStore(db);
    this.accounts = new MongoAccountsStore(db);
    this.live = new MongoLiveStore(db);
    this.cannedReplies = new MongoCannedReplyStore(db);
    this.tags = new MongoTagStore(db);
    this.contacts = new MongoContactStore(db);
    this.search = new MongoSearchStore(db);
    this.mentions = new MongoMentionStore(db);
    this.privacy = new MongoPrivacyStore(db);
    this.reports = new MongoReportsStore(db);
    this.files = new GridFsFileStorage(db);
  }

  /**
   * Connects with its own connection (never mongoose's global one), creates the collections
   * and indexes, and resolves once the store can serve.
   *
   * @example
   * const store = await MongoStore.connect('mongodb://localhost:27017/parley');
   */
  static async connect(uri: string, options: MongoConnectOptions = {}): Promise<MongoStore> {
    // autoIndex and autoCreate off: ensureIndexes below builds collections and indexes once,
    // explicitly, and its failure fails connect instead of surfacing as an 'error' event later.
    const connection = mongoose.createConnection(uri, { ...options, autoIndex: false, autoCreate: false });
    try {
      await connection.asPromise();
      const db = connection.db;
      if (!db) throw new Error('MongoDB connection has no database handle after connecting');
      const models = defineModels(connection);
      await ensureIndexes(db, models);
      await ensureProactiveIndexes(db);
      await ensureBotIndexes(db);
      await ensureKnowledgeIndexes(db);
      await ensureMailIndexes(db);
      await ensureAccountsIndexes(db);
      await ensureLiveIndexes(db);
      await ensureCannedReplyIndexes(db);
      await ensureTagIndexes(db);
      await ensureContactIndexes(db);
      await ensureSearchIndexes(db);
      await ensureMentionIndexes(db);
      await ensureReportsIndexes(db);
      await ensurePrivacyIndexes(db);
      const collections = driverCollections(db, models);
      await backfillVisitorSeq(collections.conversations, collections.messages);
      return new MongoStore(connection, collections, db);
    } catch (err) {
      await connection.close().catch(() => undefined);
      throw err;
    }
  }

  async createWorkspace(w: Workspace): Promise<Workspace> {
    await this.c.workspaces.insertOne(workspaceToDoc(w));
    return w;
  }
  async getWorkspace(id: string): Promise<Workspace | null> {
    return mapDoc(await this.c.workspaces.findOne({ _id: id }), workspaceFromDoc);
  }

  async createSite(s: Site): Promise<Site> {
    await unique('site key', uniqueIndexes.siteKey, () => this.c.sites.insertOne(siteToDoc(s)));
    return s;
  }
  async getSite(id: string): Promise<Site | null> {
    return mapDoc(await this.c.sites.findOne({ _id: id, deletedAt: null }), siteFromDoc);
  }
  async getSiteByKey(key: string): Promise<Site | null> {
    return mapDoc(await this.c.sites.findOne({ key, deletedAt: null }), siteFromDoc);
  }
  async listSites(workspaceId: string): Promise<Site[]> {
    return (await this.c.sites.find({ workspaceId, deletedAt: null }, { sort: { createdAt: 1, _id: 1 } }).toArray()).map(siteFromDoc);
  }

  async createAgent(a: AgentRecord): Promise<AgentRecord> {
    const doc = agentToDoc(a);
    await unique('agent email', uniqueIndexes.agentEmail, () => this.c.agents.insertOne(doc));
    return agentFromDoc(doc);
  }
  async getAgent(id: string): Promise<AgentRecord | null> {
    return mapDoc(await this.c.agents.findOne({ _id: id }), agentFromDoc);
  }
  async getAgentByEmail(email: string): Promise<AgentRecord | null> {
    return mapDoc(await this.c.agents.findOne({ email: email.toLowerCase() }), agentFromDoc);
  }

  async createVisitor(v: Visitor): Promise<Visitor> {
    await this.c.visitors.insertOne(visitorToDoc(v));
    return v;
  }
  async getVisitor(id: string): Promise<Visitor | null> {
    return mapDoc(await this.c.visitors.findOne({ _id: id }), visitorFromDoc);
  }

  async openConversationForVisitor(draft: Conversation): Promise<{ conversation: Conversation; created: boolean }> {
    for (let attempt = 1; ; attempt++) {
      const active = await this.c.conversations.findOne({ activeVisitorId: draft.visitorId });
      if (active) return { conversation: conversationFromDoc(active), created: false };
      try {
        await this.c.conversations.insertOne(conversationToDoc(draft));
        return { conversation: { ...draft, botId: draft.botId ?? null }, created: true };
      } catch (err) {
        // Another process opened one between our look-up and insert: the loop returns it. Only
        // if that one is closed again before we read it do we go round more than twice.
        if (!isDuplicateKey(err, uniqueIndexes.activeConversation) || attempt >= openAttempts) throw err;
      }
    }
  }

  async getConversation(id: string): Promise<Conversation | null> {
    return mapDoc(await this.c.conversations.findOne({ _id: id }), conversationFromDoc);
  }

  async getLatestConversationForVisitor(visitorId: string): Promise<Conversation | null> {
    // Same createdAt: the active one (field present sorts above absent in a descending sort),
    // which is the one inserted last, as SQLite's rowid tie-break picks.
    const doc = await this.c.conversations.findOne(
      { visitorId },
      { sort: { createdAt: -1, activeVisitorId: -1, _id: -1 } },
    );
    return mapDoc(doc, conversationFromDoc);
  }

  async listConversations(q: ConversationQuery): Promise<Conversation[]> {
    // MongoDB reads limit 0 as "no limit"; SQLite's LIMIT 0 returns nothing.
    if (q.limit <= 0) return [];
    const filter: mongoose.mongo.Filter<ConversationDoc> = { workspaceId: q.workspaceId };
    if (q.statuses?.length) filter.status = { $in: q.statuses };
    if (q.assigneeId !== undefined) filter.assigneeId = q.assigneeId;
    if (q.missed !== undefined) filter.missed = q.missed ? true : { $ne: true };
    if (q.offline !== undefined) filter.offline = q.offline ? true : { $ne: true };
    if (q.tagId !== undefined) filter.tagIds = q.tagId;
    const docs = await this.c.conversations
      .find(filter, { sort: { updatedAt: -1, _id: -1 }, limit: q.limit })
      .toArray();
    return docs.map(conversationFromDoc);
  }

  async claimConversation(id: string, agentId: string, at: number): Promise<Conversation | null> {
    const doc = await this.c.conversations.findOneAndUpdate(
      { _id: id, status: 'waiting', assigneeId: null },
      { $set: { assigneeId: agentId, status: 'open', updatedAt: at, assignedAt: at } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    // A pick by hand takes a slot without checking capacity (routing's counter, mongo-routing-store.ts).
    if (doc) await this.c.agents.updateOne({ _id: agentId }, { $inc: { activeChats: 1 }, $set: { lastAssignedAt: at } });
    return mapDoc(doc, conversationFromDoc);
  }

  async closeConversation(id: string, at: number): Promise<Conversation | null> {
    const doc = await this.c.conversations.findOneAndUpdate(
      { _id: id, status: { $ne: 'closed' } },
      // Unsetting activeVisitorId takes it out of the unique index: the visitor may open anew.
      { $set: { status: 'closed', closedAt: at, updatedAt: at }, $unset: { activeVisitorId: '' } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    // Only open conversations have an assignee: its routing slot frees up.
    if (doc?.assigneeId) await this.c.agents.updateOne({ _id: doc.assigneeId }, { $inc: { activeChats: -1 } });
    return mapDoc(doc, conversationFromDoc);
  }

  async appendMessage(m: NewMessage): Promise<AppendResult> {
    const stored = await this.findMessageDoc(m.conversationId, m.clientId);
    if (stored) return this.alreadyStored(stored);

    // Internal notes and system lines (acknowledgements, transfers) move the sequence but not the
    // preview: the inbox shows what a person last said.
    const set: Partial<ConversationDoc> = m.internal || m.author.type === 'system'
      ? { updatedAt: m.createdAt }
      : { updatedAt: m.createdAt, lastMessage: previewToDoc(messagePreview(m)) };
    // With `writableBy`, the bump's filter is the condition: a close or a handoff landing
    // between the caller's check and this write makes it match nothing.
    const filter: mongoose.mongo.Filter<ConversationDoc> = m.writableBy
      ? {
          _id: m.conversationId,
          status: { $ne: 'closed' },
          ...(m.writableBy.botId !== undefined ? { botId: m.writableBy.botId } : {}),
          ...(m.writableBy.holderId !== undefined ? { assigneeId: { $in: [null, m.writableBy.holderId] } } : {}),
        }
      : { _id: m.conversationId };
    const bumped = await this.c.conversations.findOneAndUpdate(
      filter,
      // Only what the visitor sees moves their gap-free lastVisitorSeq.
      { $inc: m.internal ? { lastSeq: 1 } : { lastSeq: 1, lastVisitorSeq: 1 }, $set: set },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    if (!bumped) {
      if (!m.writableBy) throw notFound('conversation');
      const current = await this.c.conversations.findOne({ _id: m.conversationId });
      throw appendRefusal(current ? conversationFromDoc(current) : null, m.writableBy) ?? notFound('conversation');
    }
    const conversation = conversationFromDoc(bumped);
    const message: Message = {
      id: m.id,
      conversationId: m.conversationId,
      seq: bumped.lastSeq,
      clientId: m.clientId,
      author: m.author,
      text: m.text,
      internal: m.internal,
      ...(m.internal ? {} : { visitorSeq: bumped.lastVisitorSeq ?? 0 }),
      ...(m.whisperTo ? { whisperTo: m.whisperTo } : {}),
      createdAt: m.createdAt,
      ...(m.attachments?.length ? { attachments: m.attachments.map(({ id, name, size, type }) => ({ id, name, size, type, url: '' })) } : {}),
    };
    try {
      await this.c.messages.insertOne(messageToDoc(message));
    } catch (err) {
      if (!isDuplicateKey(err, uniqueIndexes.messageClientId)) throw err;
      // A re-send of the same clientId won the insert after our look-up. Its message stands;
      // the seq we took stays unused (a gap), which clients accept: they never assume
      // contiguity, internal notes already leave gaps for visitors.
      const winner = await this.findMessageDoc(m.conversationId, m.clientId);
      if (!winner) throw err;
      return { message: messageFromDoc(winner), conversation, created: false };
    }
    return { message, conversation, created: true };
  }

  async findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null> {
    return mapDoc(await this.findMessageDoc(conversationId, clientId), messageFromDoc);
  }

  async listMessages(q: MessageQuery): Promise<Message[]> {
    if (q.limit <= 0) return [];
    if (q.visitorView) {
      const docs = await this.c.messages
        .find({ conversationId: q.conversationId, visitorSeq: { $gt: q.afterSeq } }, { sort: { visitorSeq: 1 }, limit: q.limit })
        .toArray();
      return docs.map(messageFromDoc);
    }
    const filter: mongoose.mongo.Filter<MessageDoc> = { conversationId: q.conversationId, seq: { $gt: q.afterSeq } };
    if (!q.includeInternal) filter.internal = false;
    else if (q.whispersFor !== undefined) filter.$or = [{ whisperTo: { $exists: false } }, { whisperTo: q.whispersFor }, { authorId: q.whispersFor }];
    const docs = await this.c.messages.find(filter, { sort: { seq: 1 }, limit: q.limit }).toArray();
    return docs.map(messageFromDoc);
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private findMessageDoc(conversationId: string, clientId: string): Promise<MessageDoc | null> {
    return this.c.messages.findOne({ conversationId, clientId });
  }

  private async alreadyStored(doc: MessageDoc): Promise<AppendResult> {
    const conversation = await this.c.conversations.findOne({ _id: doc.conversationId });
    if (!conversation) throw notFound('conversation');
    return { message: messageFromDoc(doc), conversation: conversationFromDoc(conversation), created: false };
  }
}

/**
 * The driver's collections behind the models. Not `Model.collection`: that is mongoose's
 * buffering wrapper, whose `find()` answers a Promise instead of a cursor while it buffers.
 */
function driverCollections(db: mongoose.mongo.Db, models: MongoModels): Collections {
  const of = <T extends mongoose.mongo.Document>(model: { collection: { collectionName: string } }) =>
    db.collection<T>(model.collection.collectionName);
  return {
    workspaces: of<WorkspaceDoc>(models.workspaces),
    sites: of<SiteDoc>(models.sites),
    agents: of<AgentDoc>(models.agents),
    visitors: of<VisitorDoc>(models.visitors),
    conversations: of<ConversationDoc>(models.conversations),
    messages: of<MessageDoc>(models.messages),
    departments: of<DepartmentDoc>(models.departments),
    conversationEvents: of<ConversationEventDoc>(models.conversationEvents),
  };
}

/** Runs an insert, turning a duplicate on `index` (or on `_id`) into a `conflict` the API can answer with. */
async function unique(what: string, index: UniqueIndex, insert: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
  } catch (err) {
    if (isDuplicateKey(err, index) || isDuplicateKey(err, idIndex)) {
      throw new AppError(ErrorCode.conflict, `${what} already exists`);
    }
    throw err;
  }
}

const idIndex: UniqueIndex = { name: '_id_', fields: ['_id'] };

function mapDoc<D, T>(doc: D | null, map: (doc: D) => T): T | null {
  return doc ? map(doc) : null;
}
