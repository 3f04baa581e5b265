import type {
  AgentRole,
  AuthorType,
  Conversation,
  ConversationStatus,
  Message,
  MessagePreview,
  Site,
  SiteAppearance,
  SiteSettings,
  Visitor,
  ConversationRating,
  PrechatAnswers,
  UploadedFile,
  Workspace,
} from '@parley/shared';
import type { AgentRecord } from '../port.js';

/**
 * Document shapes as MongoDB stores them, and their mapping to and from domain objects.
 * Every write goes through a `…ToDoc` function and every read through a `…FromDoc` one, so the
 * two directions are tested as round trips. Fields are copied one by one on the way out:
 * `_id` and store-only fields (`activeVisitorId`) never leak into domain objects.
 */

export interface WorkspaceDoc {
  _id: string;
  name: string;
  createdAt: number;
}
export const workspaceToDoc = (w: Workspace): WorkspaceDoc => ({ _id: w.id, name: w.name, createdAt: w.createdAt });
export const workspaceFromDoc = (d: WorkspaceDoc): Workspace => ({ id: d._id, name: d.name, createdAt: d.createdAt });

export interface SiteDoc {
  _id: string;
  workspaceId: string;
  key: string;
  name: string;
  allowedOrigins: string[];
  locale: string | null;
  settings?: SiteSettings | null;
  createdAt: number;
  // Accounts (absent before: default look, not seen yet, not deleted).
  appearance?: Partial<SiteAppearance> | null;
  lastSeenUrl?: string | null;
  lastSeenAt?: number | null;
  deletedAt?: number | null;
}
export const siteToDoc = (s: Site): SiteDoc => ({
  _id: s.id,
  workspaceId: s.workspaceId,
  key: s.key,
  name: s.name,
  allowedOrigins: [...s.allowedOrigins],
  locale: s.locale,
  createdAt: s.createdAt,
});
export const siteFromDoc = (d: SiteDoc): Site => ({
  id: d._id,
  workspaceId: d.workspaceId,
  key: d.key,
  name: d.name,
  allowedOrigins: [...d.allowedOrigins],
  locale: d.locale ?? null,
  ...(d.settings ? { settings: d.settings } : {}),
  ...(d.appearance ? { appearance: d.appearance } : {}),
  ...(d.lastSeenAt ? { lastSeen: { url: d.lastSeenUrl ?? '', at: d.lastSeenAt } } : {}),
  createdAt: d.createdAt,
});

export interface AgentDoc {
  _id: string;
  workspaceId: string;
  /** Always lower-case: the unique index compares bytes. */
  email: string;
  name: string;
  role: string;
  capacity: number;
  passwordHash: string;
  createdAt: number;
  // Accounts (absent before: active, token version 0, no avatar, the browser's language).
  active?: boolean;
  tokenVersion?: number;
  avatarUrl?: string | null;
  language?: string | null;
  // Routing (absent before routing: online, not connected, no chats).
  status?: string;
  connected?: boolean;
  /** Open conversations assigned now: the counter the capacity check compares atomically. */
  activeChats?: number;
  lastAssignedAt?: number;
}
export const agentToDoc = (a: AgentRecord): AgentDoc => ({
  _id: a.id,
  workspaceId: a.workspaceId,
  email: a.email.toLowerCase(),
  name: a.name,
  role: a.role,
  capacity: a.capacity,
  passwordHash: a.passwordHash,
  createdAt: a.createdAt,
  active: a.active !== false,
  tokenVersion: a.tokenVersion ?? 0,
  avatarUrl: a.avatarUrl ?? null,
  language: a.language ?? null,
});
export const agentFromDoc = (d: AgentDoc): AgentRecord => ({
  id: d._id,
  workspaceId: d.workspaceId,
  email: d.email,
  name: d.name,
  role: d.role as AgentRole,
  capacity: d.capacity,
  passwordHash: d.passwordHash,
  createdAt: d.createdAt,
  active: d.active !== false,
  avatarUrl: d.avatarUrl ?? null,
  language: d.language ?? null,
  tokenVersion: d.tokenVersion ?? 0,
});

export interface VisitorDoc {
  _id: string;
  siteId: string;
  name: string | null;
  email: string | null;
  createdAt: number;
  lastSeenAt: number;
  prechat?: PrechatAnswers | null;
}
export const visitorToDoc = (v: Visitor): VisitorDoc => ({
  _id: v.id,
  siteId: v.siteId,
  name: v.name,
  email: v.email,
  createdAt: v.createdAt,
  lastSeenAt: v.lastSeenAt,
});
export const visitorFromDoc = (d: VisitorDoc): Visitor => ({
  id: d._id,
  siteId: d.siteId,
  name: d.name ?? null,
  email: d.email ?? null,
  createdAt: d.createdAt,
  lastSeenAt: d.lastSeenAt,
  ...(d.prechat ? { prechat: d.prechat } : {}),
});

export interface PreviewDoc {
  text: string;
  authorType: string;
  createdAt: number;
}

export interface ConversationDoc {
  _id: string;
  workspaceId: string;
  siteId: string;
  visitorId: string;
  status: string;
  assigneeId: string | null;
  lastSeq: number;
  /** The visitor's gap-free count (absent on documents written before it: `backfillVisitorSeq`). */
  lastVisitorSeq?: number;
  lastMessage: PreviewDoc | null;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  /** The bot holding the conversation (bots migration: absent on older documents). */
  botId?: string | null;
  /**
   * Set to `visitorId` while the conversation is not closed and unset when it closes; a
   * unique partial index on it keeps one active conversation per visitor.
   */
  activeVisitorId?: string;
  // Routing (absent in documents written before routing: read as the defaults).
  departmentId?: string | null;
  priority?: number;
  queuedAt?: number | null;
  assignedAt?: number | null;
  firstResponseAt?: number | null;
  offline?: boolean;
  missed?: boolean;
  locale?: string | null;
  /** Service-level breach bits already recorded. */
  slaBreaches?: number;
  // The live conversation (conversation-live): absent on documents written before it.
  agentReadSeq?: number;
  /** `agentReadSeq` in the visitor's numbering. */
  agentReadVisitorSeq?: number;
  visitorReadSeq?: number;
  rating?: ConversationRating | null;
  ratingWrites?: number;
  /** The conversation's tags (the workspace-tools issue); absent when none. */
  tagIds?: string[];
}
export const conversationToDoc = (c: Conversation): ConversationDoc => ({
  _id: c.id,
  workspaceId: c.workspaceId,
  siteId: c.siteId,
  visitorId: c.visitorId,
  status: c.status,
  assigneeId: c.assigneeId,
  lastSeq: c.lastSeq,
  lastVisitorSeq: c.lastVisitorSeq ?? 0,
  lastMessage: c.lastMessage ? previewToDoc(c.lastMessage) : null,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  closedAt: c.closedAt,
  botId: c.botId ?? null,
  ...(c.status === 'closed' ? {} : { activeVisitorId: c.visitorId }),
  departmentId: c.departmentId ?? null,
  priority: c.priority ?? 0,
  queuedAt: c.queuedAt ?? null,
  assignedAt: c.assignedAt ?? null,
  firstResponseAt: c.firstResponseAt ?? null,
  offline: c.offline ?? false,
  missed: c.missed ?? false,
  locale: c.locale ?? null,
  slaBreaches: 0,
});
export const conversationFromDoc = (d: ConversationDoc): Conversation => ({
  id: d._id,
  workspaceId: d.workspaceId,
  siteId: d.siteId,
  visitorId: d.visitorId,
  status: d.status as ConversationStatus,
  assigneeId: d.assigneeId ?? null,
  lastSeq: d.lastSeq,
  ...(d.lastVisitorSeq ? { lastVisitorSeq: d.lastVisitorSeq } : {}),
  lastMessage: d.lastMessage
    ? { text: d.lastMessage.text, authorType: d.lastMessage.authorType as AuthorType, createdAt: d.lastMessage.createdAt }
    : null,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  closedAt: d.closedAt ?? null,
  botId: d.botId ?? null,
  departmentId: d.departmentId ?? null,
  priority: d.priority ?? 0,
  queuedAt: d.queuedAt ?? null,
  assignedAt: d.assignedAt ?? null,
  firstResponseAt: d.firstResponseAt ?? null,
  offline: d.offline ?? false,
  missed: d.missed ?? false,
  locale: d.locale ?? null,
  // Only when set, as the SQLite adapter does.
  ...(d.agentReadSeq ? { agentReadSeq: d.agentReadSeq } : {}),
  ...(d.agentReadVisitorSeq ? { agentReadVisitorSeq: d.agentReadVisitorSeq } : {}),
  ...(d.visitorReadSeq ? { visitorReadSeq: d.visitorReadSeq } : {}),
  ...(d.rating ? { rating: d.rating } : {}),
  ...(d.tagIds?.length ? { tagIds: [...d.tagIds] } : {}),
});

export const previewToDoc = (p: MessagePreview): PreviewDoc => ({ text: p.text, authorType: p.authorType, createdAt: p.createdAt });

export interface MessageDoc {
  _id: string;
  conversationId: string;
  seq: number;
  clientId: string;
  authorType: string;
  authorId: string | null;
  authorName: string | null;
  text: string;
  internal: boolean;
  /** Absent on internal notes. */
  visitorSeq?: number;
  /** A whisper's agent (absent: no whisper). */
  whisperTo?: string;
  createdAt: number;
  /** Without links (signed when read). */
  attachments?: UploadedFile[];
}
export const messageToDoc = (m: Message): MessageDoc => ({
  _id: m.id,
  conversationId: m.conversationId,
  seq: m.seq,
  clientId: m.clientId,
  authorType: m.author.type,
  authorId: m.author.id,
  authorName: m.author.name,
  text: m.text,
  internal: m.internal,
  ...(m.visitorSeq ? { visitorSeq: m.visitorSeq } : {}),
  ...(m.whisperTo ? { whisperTo: m.whisperTo } : {}),
  createdAt: m.createdAt,
  ...(m.attachments?.length ? { attachments: m.attachments.map(({ id, name, size, type }) => ({ id, name, size, type })) } : {}),
});
export const messageFromDoc = (d: MessageDoc): Message => ({
  id: d._id,
  conversationId: d.conversationId,
  seq: d.seq,
  clientId: d.clientId,
  author: { type: d.authorType as AuthorType, id: d.authorId ?? null, name: d.authorName ?? null },
  text: d.text,
  internal: d.internal,
  ...(d.visitorSeq ? { visitorSeq: d.visitorSeq } : {}),
  ...(d.whisperTo ? { whisperTo: d.whisperTo } : {}),
  createdAt: d.createdAt,
  ...(d.attachments?.length ? { attachments: d.attachments.map(({ id, name, size, type }) => ({ id, name, size, type, url: '' })) } : {}),
});
