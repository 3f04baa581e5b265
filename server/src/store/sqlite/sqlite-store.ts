import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement, Transaction } from 'better-sqlite3';
import { ErrorCode, type Conversation, type Message, type Site, type Visitor, type Workspace } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { AgentRecord, AppendResult, ConversationQuery, MessageQuery, NewMessage, Store } from '../port.js';
import { messagePreview } from '../message-preview.js';
import { GroupCommit } from './group-commit.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';
import { SqliteRoutingStore } from './sqlite-routing-store.js';
import { migrate } from './sqlite-schema.js';
import { SqliteProactiveStore } from './sqlite-proactive-store.js';
import { SqliteBotStore } from './sqlite-bot-store.js';
import { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';
import { SqliteMailStore } from './sqlite-mail-store.js';
import { SqliteAccountsStore } from './sqlite-accounts-store.js';
import { SqliteLiveStore } from './sqlite-live-store.js';
import { SqliteCannedReplyStore } from './sqlite-canned-reply-store.js';
import { SqliteTagStore } from './sqlite-tag-store.js';
import { SqliteContactStore } from './sqlite-contact-store.js';
import { SqliteSearchStore } from './sqlite-search-store.js';
import { SqliteMentionStore } from './sqlite-mention-store.js';
import { SqlitePrivacyStore } from './sqlite-privacy-store.js';
import { SqliteReportsStore } from './sqlite-reports-store.js';
import { appendRefusal } from '../append-condition.js';
import {
  toAgent,
  toConversation,
  toMessage,
  toSite,
  toVisitor,
  type AgentRow,
  type ConversationRow,
  type MessageRow,
  type SiteRow,
  type VisitorRow,
} from './sqlite-rows.js';

/**
 * The embedded store: one SQLite file (WAL) through better-sqlite3. Its calls are synchronous,
 * so each method runs to completion before another starts in this process; the atomic ones
 * also run in `BEGIN IMMEDIATE` transactions so that several processes sharing the file
 * stay correct.
 *
 * Durability: WAL with `synchronous = NORMAL` survives a crash or restart of the process
 * (every acknowledged message is in the WAL); a power loss may roll back the latest commits.
 * Checkpoints (which fsync) run on a worker thread, not on the event loop.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly proactive: SqliteProactiveStore;
  readonly bots: SqliteBotStore;
  readonly knowledge: SqliteKnowledgeStore;
  readonly routing: SqliteRoutingStore;
  readonly mail: SqliteMailStore;
  readonly accounts: SqliteAccountsStore;
  readonly live: SqliteLiveStore;
  readonly cannedReplies: SqliteCannedReplyStore;
  readonly tags: SqliteTagStore;
  readonly contacts: SqliteContactStore;
  readonly search: SqliteSearchStore;
  readonly mentions: SqliteMentionStore;
  readonly reports: SqliteReportsStore;
  readonly privacy: SqlitePrivacyStore;
  private readonly db: Database;
  private readonly stmt: ReturnType<typeof prepare>;
  private readonly listCache = new Map<string, Statement>();
  private readonly append: Transaction<(m: NewMessage) => AppendResult>;
  private readonly appends: GroupCommit<NewMessage, AppendResult>;
  private readonly checkpointer: SqliteCheckpointer | null = null;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    if (file !== ':memory:') {
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new SqliteCheckpointer(file);
    }
    this.stmt = prepare(this.db);
    this.append = this.db.transaction((m: NewMessage) => this.appendNow(m));
    const batch = this.db.transaction((work: () => void) => work());
    // Called inside the batch's transaction, `this.append` runs as a savepoint.
    this.appends = new GroupCommit((work) => batch.immediate(work), (m) => this.append(m));
    this.proactive = new SqliteProactiveStore(this.db);
    this.bots = new SqliteBotStore(this.db);
    this.knowledge = new SqliteKnowledgeStore(this.db);
    this.routing = new SqliteRoutingStore(this.db);
    this.mail = new SqliteMailStore(this.db);
    this.accounts = new SqliteAccountsStore(this.db);
    this.live = new SqliteLiveStore(this.db);
    this.cannedReplies = new SqliteCannedReplyStore(this.db);
    this.tags = new SqliteTagStore(this.db);
    this.contacts = new SqliteContactStore(this.db);
    this.search = new SqliteSearchStore(this.db);
    this.mentions = new SqliteMentionStore(this.db);
    this.reports = new SqliteReportsStore(this.db);
    this.privacy = new SqlitePrivacyStore(this.db);
  }

  async createWorkspace(w: Workspace): Promise<Workspace> {
    this.stmt.insertWorkspace.run(w.id, w.name, w.createdAt);
    return w;
  }
  async getWorkspace(id: string): Promise<Workspace | null> {
    const row = this.stmt.getWorkspace.get(id) as { id: string; name: string; created_at: number } | undefined;
    return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
  }

  async createSite(s: Site): Promise<Site> {
    this.unique('site key', () =>
      this.stmt.insertSite.run(s.id, s.workspaceId, s.key, s.name, JSON.stringify(s.allowedOrigins), s.locale, s.createdAt),
    );
    return s;
  }
  async getSite(id: string): Promise<Site | null> {
    return mapRow(this.stmt.getSite.get(id) as SiteRow | undefined, toSite);
  }
  async getSiteByKey(key: string): Promise<Site | null> {
    return mapRow(this.stmt.getSiteByKey.get(key) as SiteRow | undefined, toSite);
  }
  async listSites(workspaceId: string): Promise<Site[]> {
    return (this.stmt.listSites.all(workspaceId) as SiteRow[]).map(toSite);
  }

  async createAgent(a: AgentRecord): Promise<AgentRecord> {
    const agent = { ...a, email: a.email.toLowerCase() };
    this.unique('agent email', () =>
      this.stmt.insertAgent.run(
        agent.id,
        agent.workspaceId,
        agent.email,
        agent.name,
        agent.role,
        agent.capacity,
        agent.passwordHash,
        agent.createdAt,
      ),
    );
    // As stored: with the columns' defaults (active, token version 0), as the MongoDB adapter answers.
    return (await this.getAgent(agent.id)) ?? agent;
  }
  async getAgent(id: string): Promise<AgentRecord | null> {
    return mapRow(this.stmt.getAgent.get(id) as AgentRow | undefined, toAgent);
  }
  async getAgentByEmail(email: string): Promise<AgentRecord | null> {
    return mapRow(this.stmt.getAgentByEmail.get(email.toLowerCase()) as AgentRow | undefined, toAgent);
  }

  async createVisitor(v: Visitor): Promise<Visitor> {
    this.stmt.insertVisitor.run(v.id, v.siteId, v.name, v.email, v.createdAt, v.lastSeenAt);
    return v;
  }
  async getVisitor(id: string): Promise<Visitor | null> {
    return mapRow(this.stmt.getVisitor.get(id) as VisitorRow | undefined, toVisitor);
  }

  async openConversationForVisitor(draft: Conversation): Promise<{ conversation: Conversation; created: boolean }> {
    return this.db
      .transaction(() => {
        const active = this.stmt.getActiveForVisitor.get(draft.visitorId) as ConversationRow | undefined;
        if (active) return { conversation: toConversation(active), created: false };
        this.stmt.insertConversation.run(
          draft.id,
          draft.workspaceId,
          draft.siteId,
          draft.visitorId,
          draft.status,
          draft.assigneeId,
          draft.lastSeq,
          draft.lastMessage ? JSON.stringify(draft.lastMessage) : null,
          draft.createdAt,
          draft.updatedAt,
          draft.closedAt,
          draft.botId ?? null,
          draft.departmentId ?? null,
          draft.priority ?? 0,
          draft.queuedAt ?? null,
          draft.assignedAt ?? null,
          draft.firstResponseAt ?? null,
          draft.offline ? 1 : 0,
          draft.missed ? 1 : 0,
          draft.locale ?? null,
        );
        return { conversation: { ...draft, botId: draft.botId ?? null }, created: true };
      })
      .immediate();
  }

  async getConversation(id: string): Promise<Conversation | null> {
    return mapRow(this.stmt.getConversation.get(id) as ConversationRow | undefined, toConversation);
  }
  async getLatestConversationForVisitor(visitorId: string): Promise<Conversation | null> {
    return mapRow(this.stmt.getLatestForVisitor.get(visitorId) as ConversationRow | undefined, toConversation);
  }

  async listConversations(q: ConversationQuery): Promise<Conversation[]> {
    const statuses = q.statuses ?? [];
    const flag = (v: boolean | undefined) => (v === undefined ? '-' : v ? '1' : '0');
    const shape = `${statuses.length}:${q.assigneeId === undefined ? 0 : 1}:${flag(q.missed)}${flag(q.offline)}:${q.tagId === undefined ? 0 : 1}`;
    let stmt = this.listCache.get(shape);
    if (!stmt) {
      const where = ['workspace_id = ?'];
      if (statuses.length) where.push(`status IN (${statuses.map(() => '?').join(', ')})`);
      if (q.assigneeId !== undefined) where.push('assignee_id = ?');
      if (q.missed !== undefined) where.push(`missed = ${q.missed ? 1 : 0}`);
      if (q.offline !== undefined) where.push(`offline = ${q.offline ? 1 : 0}`);
      if (q.tagId !== undefined) where.push('id IN (SELECT conversation_id FROM conversation_tags WHERE tag_id = ?)');
      stmt = this.db.prepare(
        `SELECT * FROM conversations WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id DESC LIMIT ?`,
      );
      this.listCache.set(shape, stmt);
    }
    const params: unknown[] = [q.workspaceId, ...statuses];
    if (q.assigneeId !== undefined) params.push(q.assigneeId);
    if (q.tagId !== undefined) params.push(q.tagId);
    params.push(q.limit);
    return (stmt.all(...params) as ConversationRow[]).map(toConversation);
  }

  async claimConversation(id: string, agentId: string, at: number): Promise<Conversation | null> {
    return mapRow(this.stmt.claim.get(agentId, at, at, id) as ConversationRow | undefined, toConversation);
  }

  async closeConversation(id: string, at: number): Promise<Conversation | null> {
    return mapRow(this.stmt.close.get(at, at, id) as ConversationRow | undefined, toConversation);
  }

  appendMessage(m: NewMessage): Promise<AppendResult> {
    return this.appends.submit(m);
  }

  private appendNow(m: NewMessage): AppendResult {
    const existing = this.stmt.getMessageByClientId.get(m.conversationId, m.clientId) as MessageRow | undefined;
    if (existing) {
      const conversation = this.stmt.getConversation.get(m.conversationId) as ConversationRow;
      return { message: toMessage(existing), conversation: toConversation(conversation), created: false };
    }
    if (m.writableBy) {
      // Synchronous with the seq bump below, inside the group commit's transaction: atomic.
      const current = this.stmt.getConversation.get(m.conversationId) as ConversationRow | undefined;
      const refusal = appendRefusal(current ? toConversation(current) : null, m.writableBy);
      if (refusal) throw refusal;
    }
    const preview = JSON.stringify(messagePreview(m));
    // Internal notes and system lines (acknowledgements, transfers) move the sequence but not the
    // preview: the inbox shows what a person last said.
    // Only what the visitor sees moves their gap-free visitor_seq.
    const row = (
      m.internal
        ? this.stmt.bumpSeqInternal.get(m.createdAt, m.conversationId)
        : m.author.type === 'system'
          ? this.stmt.bumpSeqSystem.get(m.createdAt, m.conversationId)
          : this.stmt.bumpSeq.get(preview, m.createdAt, m.conversationId)
    ) as ConversationRow | undefined;
    if (!row) throw notFound('conversation');
    const message: Message = {
      id: m.id,
      conversationId: m.conversationId,
      seq: row.last_seq,
      clientId: m.clientId,
      author: m.author,
      text: m.text,
      internal: m.internal,
      ...(m.internal ? {} : { visitorSeq: row.last_visitor_seq }),
      ...(m.whisperTo ? { whisperTo: m.whisperTo } : {}),
      createdAt: m.createdAt,
      ...(m.attachments?.length ? { attachments: m.attachments.map(({ id, name, size, type }) => ({ id, name, size, type, url: '' })) } : {}),
    };
    this.stmt.insertMessage.run(
      message.id,
      message.conversationId,
      message.seq,
      message.clientId,
      message.author.type,
      message.author.id,
      message.author.name,
      message.text,
      message.internal ? 1 : 0,
      message.createdAt,
      m.attachments?.length ? JSON.stringify(m.attachments.map(({ id, name, size, type }) => ({ id, name, size, type }))) : null,
      message.visitorSeq ?? null,
      m.whisperTo ?? null,
    );
    return { message, conversation: toConversation(row), created: true };
  }

  async findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null> {
    return mapRow(this.stmt.getMessageByClientId.get(conversationId, clientId) as MessageRow | undefined, toMessage);
  }

  async listMessages(q: MessageQuery): Promise<Message[]> {
    if (q.visitorView) return (this.stmt.listVisitorMessages.all(q.conversationId, q.afterSeq, q.limit) as MessageRow[]).map(toMessage);
    if (q.includeInternal && q.whispersFor !== undefined) {
      return (this.stmt.listMessagesFor.all(q.conversationId, q.afterSeq, q.whispersFor, q.whispersFor, q.limit) as MessageRow[]).map(toMessage);
    }
    const stmt = q.includeInternal ? this.stmt.listMessages : this.stmt.listPublicMessages;
    return (stmt.all(q.conversationId, q.afterSeq, q.limit) as MessageRow[]).map(toMessage);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.appends.flush();
    this.db.close();
    await this.checkpointer?.stop();
  }

  /** Maps SQLite's unique-constraint failure to a `conflict` the API can answer with. */
  private unique(what: string, write: () => unknown): void {
    try {
      write();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' || (err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new AppError(ErrorCode.conflict, `${what} already exists`);
      }
      throw err;
    }
  }
}

function mapRow<R, T>(row: R | undefined, map: (row: R) => T): T | null {
  return row ? map(row) : null;
}

function prepare(db: Database) {
  return {
    insertWorkspace: db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)'),
    getWorkspace: db.prepare('SELECT * FROM workspaces WHERE id = ?'),
    insertSite: db.prepare(
      'INSERT INTO sites (id, workspace_id, key, name, allowed_origins, locale, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getSite: db.prepare('SELECT * FROM sites WHERE id = ? AND deleted_at IS NULL'),
    getSiteByKey: db.prepare('SELECT * FROM sites WHERE key = ? AND deleted_at IS NULL'),
    listSites: db.prepare('SELECT * FROM sites WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY created_at, id'),
    insertAgent: db.prepare(
      'INSERT INTO agents (id, workspace_id, email, name, role, capacity, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    getAgent: db.prepare('SELECT * FROM agents WHERE id = ?'),
    getAgentByEmail: db.prepare('SELECT * FROM agents WHERE email = ?'),
    insertVisitor: db.prepare(
      'INSERT INTO visitors (id, site_id, name, email, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getVisitor: db.prepare('SELECT * FROM visitors WHERE id = ?'),
    insertConversation: db.prepare(
      `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, status, assignee_id, last_seq, last_message, created_at, updated_at, closed_at, bot_id,
         department_id, priority, queued_at, assigned_at, first_response_at, offline, missed, locale)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    getConversation: db.prepare('SELECT * FROM conversations WHERE id = ?'),
    getActiveForVisitor: db.prepare("SELECT * FROM conversations WHERE visitor_id = ? AND status != 'closed'"),
    getLatestForVisitor: db.prepare(
      'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
    ),
    claim: db.prepare(
      `UPDATE conversations SET assignee_id = ?, status = 'open', updated_at = ?, assigned_at = ?
       WHERE id = ? AND status = 'waiting' AND assignee_id IS NULL RETURNING *`,
    ),
    close: db.prepare(
      `UPDATE conversations SET status = 'closed', closed_at = ?, updated_at = ?
       WHERE id = ? AND status != 'closed' RETURNING *`,
    ),
    bumpSeq: db.prepare(
      `UPDATE conversations SET last_seq = last_seq + 1, last_visitor_seq = last_visitor_seq + 1, last_message = ?, updated_at = ?
       WHERE id = ? RETURNING *`,
    ),
    bumpSeqSystem: db.prepare(
      'UPDATE conversations SET last_seq = last_seq + 1, last_visitor_seq = last_visitor_seq + 1, updated_at = ? WHERE id = ? RETURNING *',
    ),
    bumpSeqInternal: db.prepare(
      'UPDATE conversations SET last_seq = last_seq + 1, updated_at = ? WHERE id = ? RETURNING *',
    ),
    getMessageByClientId: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND client_id = ?'),
    insertMessage: db.prepare(
      `INSERT INTO messages (id, conversation_id, seq, client_id, author_type, author_id, author_name, text, internal, created_at, attachments, visitor_seq, whisper_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    listMessages: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    listMessagesFor: db.prepare(
      'SELECT * FROM messages WHERE conversation_id = ? AND seq > ? AND (whisper_to IS NULL OR whisper_to = ? OR author_id = ?) ORDER BY seq LIMIT ?',
    ),
    listPublicMessages: db.prepare(
      'SELECT * FROM messages WHERE conversation_id = ? AND seq > ? AND internal = 0 ORDER BY seq LIMIT ?',
    ),
    listVisitorMessages: db.prepare(
      'SELECT * FROM messages WHERE conversation_id = ? AND visitor_seq > ? ORDER BY visitor_seq LIMIT ?',
    ),
  };
}
