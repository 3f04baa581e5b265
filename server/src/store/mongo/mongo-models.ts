import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import type {
  AgentDoc,
  ConversationDoc,
  MessageDoc,
  SiteDoc,
  VisitorDoc,
  WorkspaceDoc,
} from './mongo-documents.js';
import type { ConversationEventDoc, DepartmentDoc } from './mongo-routing-documents.js';

/**
 * Collection shapes and indexes. Documents use our nanoid ids as string `_id` and epoch-ms
 * numbers for times. The store writes and reads through the driver (see mongo-store.ts), so
 * these schemas serve as the declared shape and, above all, as the one place indexes live.
 */

/** A unique index the store reacts to by name when MongoDB reports a duplicate key (11000). */
export interface UniqueIndex {
  name: string;
  fields: readonly string[];
}

export const uniqueIndexes = {
  siteKey: { name: 'sites_key_unique', fields: ['key'] },
  agentEmail: { name: 'agents_email_unique', fields: ['email'] },
  /** At most one conversation that is not closed per visitor, even across processes. */
  activeConversation: { name: 'conversations_one_active_per_visitor', fields: ['activeVisitorId'] },
  messageSeq: { name: 'messages_seq_unique', fields: ['conversationId', 'seq'] },
  messageClientId: { name: 'messages_client_id_unique', fields: ['conversationId', 'clientId'] },
} as const satisfies Record<string, UniqueIndex>;

const options = { versionKey: false, strict: true, id: false } as const;
const nullableString = { type: String, default: null };

export const workspaceSchema = new Schema<WorkspaceDoc>(
  { _id: String, name: String, createdAt: Number },
  { ...options, collection: 'workspaces' },
);

export const siteSchema = new Schema<SiteDoc>(
  {
    _id: String,
    workspaceId: String,
    key: String,
    name: String,
    allowedOrigins: [String],
    locale: nullableString,
    createdAt: Number,
  },
  { ...options, collection: 'sites' },
);
siteSchema.index({ key: 1 }, { unique: true, name: uniqueIndexes.siteKey.name });

export const agentSchema = new Schema<AgentDoc>(
  {
    _id: String,
    workspaceId: String,
    email: String,
    name: String,
    role: String,
    capacity: Number,
    passwordHash: String,
    createdAt: Number,
    status: String,
    connected: Boolean,
    /** The per-agent counter the capacity check compares in one findOneAndUpdate. */
    activeChats: Number,
    lastAssignedAt: Number,
  },
  { ...options, collection: 'agents' },
);
agentSchema.index({ email: 1 }, { unique: true, name: uniqueIndexes.agentEmail.name });

export const visitorSchema = new Schema<VisitorDoc>(
  { _id: String, siteId: String, name: nullableString, email: nullableString, createdAt: Number, lastSeenAt: Number, prechat: Schema.Types.Mixed },
  { ...options, collection: 'visitors' },
);

const previewSchema = new Schema(
  { text: String, authorType: String, createdAt: Number },
  { _id: false, versionKey: false },
);

export const conversationSchema = new Schema<ConversationDoc>(
  {
    _id: String,
    workspaceId: String,
    siteId: String,
    visitorId: String,
    status: String,
    assigneeId: nullableString,
    lastSeq: Number,
    lastVisitorSeq: Number,
    lastMessage: { type: previewSchema, default: null },
    createdAt: Number,
    updatedAt: Number,
    closedAt: { type: Number, default: null },
    botId: nullableString,
    /** The visitor's id while the conversation is not closed, absent once closed. */
    activeVisitorId: String,
    departmentId: nullableString,
    priority: Number,
    queuedAt: { type: Number, default: null },
    assignedAt: { type: Number, default: null },
    firstResponseAt: { type: Number, default: null },
    offline: Boolean,
    missed: Boolean,
    locale: nullableString,
    slaBreaches: Number,
    agentReadSeq: Number,
    agentReadVisitorSeq: Number,
    visitorReadSeq: Number,
    rating: Schema.Types.Mixed,
    ratingWrites: Number,
  },
  { ...options, collection: 'conversations' },
);
// The console's list: a workspace's conversations, newest activity first (ties by id, as SQLite).
conversationSchema.index({ workspaceId: 1, updatedAt: -1, _id: -1 }, { name: 'conversations_by_workspace' });
// The widget's "latest conversation" for a returning visitor.
conversationSchema.index({ visitorId: 1, createdAt: -1 }, { name: 'conversations_by_visitor' });
// The routing queue (waiting, unassigned): highest priority, then oldest first.
conversationSchema.index({ workspaceId: 1, status: 1, priority: -1, queuedAt: 1, _id: 1 }, { name: 'conversations_queue' });
// The service-level and idle sweeps read conversations that are not closed.
conversationSchema.index({ status: 1, createdAt: 1 }, { name: 'conversations_by_status' });
// Closed conversations have the field unset, so they stay out of the index and a visitor may
// own many. `$exists: true` (not `$type`) because the planner knows that an equality match on
// a value implies it, so the look-up by activeVisitorId uses this index.
conversationSchema.index(
  { activeVisitorId: 1 },
  {
    unique: true,
    name: uniqueIndexes.activeConversation.name,
    partialFilterExpression: { activeVisitorId: { $exists: true } },
  },
);

export const messageSchema = new Schema<MessageDoc>(
  {
    _id: String,
    conversationId: String,
    seq: Number,
    clientId: String,
    // Author flattened: a nested `type` key would read as a schema type declaration.
    authorType: String,
    authorId: nullableString,
    authorName: nullableString,
    text: String,
    internal: Boolean,
    visitorSeq: Number,
    whisperTo: String,
    createdAt: Number,
    attachments: Schema.Types.Mixed,
  },
  { ...options, collection: 'messages' },
);
// The visitor's catch-up reads by it (internal notes have none).
messageSchema.index({ conversationId: 1, visitorSeq: 1 }, { name: 'messages_by_visitor_seq', partialFilterExpression: { visitorSeq: { $exists: true } } });
messageSchema.index({ conversationId: 1, seq: 1 }, { unique: true, name: uniqueIndexes.messageSeq.name });
messageSchema.index({ conversationId: 1, clientId: 1 }, { unique: true, name: uniqueIndexes.messageClientId.name });

export const departmentSchema = new Schema<DepartmentDoc>(
  {
    _id: String,
    workspaceId: String,
    name: String,
    escalatesToId: nullableString,
    hours: { type: Schema.Types.Mixed, default: null },
    memberIds: [String],
    createdAt: Number,
  },
  { ...options, collection: 'departments' },
);
departmentSchema.index({ workspaceId: 1, createdAt: 1 }, { name: 'departments_by_workspace' });

export const conversationEventSchema = new Schema<ConversationEventDoc>(
  {
    conversationId: String,
    workspaceId: String,
    siteId: String,
    kind: String,
    at: Number,
    agentId: nullableString,
    departmentId: nullableString,
    data: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, strict: true, collection: 'conversation_events' },
);
conversationEventSchema.index({ conversationId: 1, at: 1, _id: 1 }, { name: 'events_by_conversation' });
conversationEventSchema.index({ workspaceId: 1, kind: 1, at: 1 }, { name: 'events_by_kind' });

export interface MongoModels {
  workspaces: Model<WorkspaceDoc>;
  sites: Model<SiteDoc>;
  agents: Model<AgentDoc>;
  visitors: Model<VisitorDoc>;
  conversations: Model<ConversationDoc>;
  messages: Model<MessageDoc>;
  departments: Model<DepartmentDoc>;
  conversationEvents: Model<ConversationEventDoc>;
}

/** Compiles the models on one connection (never mongoose's global one). */
export function defineModels(connection: Connection): MongoModels {
  return {
    workspaces: connection.model('Workspace', workspaceSchema),
    sites: connection.model('Site', siteSchema),
    agents: connection.model('Agent', agentSchema),
    visitors: connection.model('Visitor', visitorSchema),
    conversations: connection.model('Conversation', conversationSchema),
    messages: connection.model('Message', messageSchema),
    departments: connection.model('Department', departmentSchema),
    conversationEvents: connection.model('ConversationEvent', conversationEventSchema),
  };
}

/**
 * Creates the indexes declared above (and with them the collections) through the driver, and
 * waits for them: the unique indexes are what make the atomic operations atomic, so the store
 * must not serve before they exist. Non-destructive: indexes an operator added are left alone;
 * an index whose definition changed under the same name fails here, at boot, with the
 * server's IndexOptionsConflict, rather than silently keeping the old one.
 *
 * Not `Model.createIndexes()`: when an index build fails it emits 'error' on the model, and
 * with no listener that throws inside its promise chain instead of rejecting.
 */
export async function ensureIndexes(db: mongoose.mongo.Db, models: MongoModels): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) {
    const specs = model.schema.indexes().map(([key, options]) => {
      // mongoose adds `background`, which servers have ignored since 4.2.
      const { background: _ignored, ...rest } = options as Record<string, unknown>;
      return { ...rest, key } as mongoose.mongo.IndexDescription;
    });
    if (specs.length > 0) await db.collection(model.collection.collectionName).createIndexes(specs);
  }
}
