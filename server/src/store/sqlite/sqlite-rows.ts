import type { Conversation, ConversationStatus, Message, Site, SiteAppearance, SiteSettings, Visitor, AgentRole, AuthorType } from '@parley/shared';
import type { AgentRecord } from '../port.js';
import type { ConversationRating, PrechatAnswers, UploadedFile } from '@parley/shared';

/** Row shapes as better-sqlite3 returns them, and their mapping to domain objects. */

export interface SiteRow {
  id: string;
  workspace_id: string;
  key: string;
  name: string;
  allowed_origins: string;
  locale: string | null;
  /** JSON of the settings an admin saved; `null` until then (defaults apply). */
  settings?: string | null;
  /** Added by the accounts migration: the widget's look (JSON) and the install check. */
  appearance?: string | null;
  last_seen_url?: string | null;
  last_seen_at?: number | null;
  created_at: number;
}
export const toSite = (r: SiteRow): Site => ({
  id: r.id,
  workspaceId: r.workspace_id,
  key: r.key,
  name: r.name,
  allowedOrigins: JSON.parse(r.allowed_origins) as string[],
  locale: r.locale,
  ...(r.settings ? { settings: JSON.parse(r.settings) as SiteSettings } : {}),
  ...(r.appearance ? { appearance: JSON.parse(r.appearance) as Partial<SiteAppearance> } : {}),
  ...(r.last_seen_at ? { lastSeen: { url: r.last_seen_url ?? '', at: r.last_seen_at } } : {}),
  createdAt: r.created_at,
});

export interface AgentRow {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  role: string;
  capacity: number;
  password_hash: string;
  created_at: number;
  /** Added by the accounts migration. */
  active?: number;
  token_version?: number;
  avatar_url?: string | null;
  language?: string | null;
}
export const toAgent = (r: AgentRow): AgentRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  email: r.email,
  name: r.name,
  role: r.role as AgentRole,
  capacity: r.capacity,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  active: r.active !== 0,
  avatarUrl: r.avatar_url ?? null,
  language: r.language ?? null,
  tokenVersion: r.token_version ?? 0,
});

export interface VisitorRow {
  id: string;
  site_id: string;
  name: string | null;
  email: string | null;
  created_at: number;
  last_seen_at: number;
  /** Added by the live-conversation migration: JSON of the pre-chat answers. */
  prechat?: string | null;
}
export const toVisitor = (r: VisitorRow): Visitor => ({
  id: r.id,
  siteId: r.site_id,
  name: r.name,
  email: r.email,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  ...(r.prechat ? { prechat: JSON.parse(r.prechat) as PrechatAnswers } : {}),
});

export interface ConversationRow {
  id: string;
  workspace_id: string;
  site_id: string;
  visitor_id: string;
  status: string;
  assignee_id: string | null;
  last_seq: number;
  /** Added by the visitor-seq migration. */
  last_visitor_seq?: number;
  agent_read_visitor_seq?: number;
  last_message: string | null;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
  /** Added by the bots migration. */
  bot_id?: string | null;
  department_id?: string | null;
  priority?: number;
  queued_at?: number | null;
  assigned_at?: number | null;
  first_response_at?: number | null;
  offline?: number;
  missed?: number;
  locale?: string | null;
  /** Added by the live-conversation migration. */
  agent_read_seq?: number;
  visitor_read_seq?: number;
  rating?: string | null;
  /** JSON array of tag ids; added by the workspace-tools migration. */
  tag_ids?: string | null;
}
export const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  workspaceId: r.workspace_id,
  siteId: r.site_id,
  visitorId: r.visitor_id,
  status: r.status as ConversationStatus,
  assigneeId: r.assignee_id,
  botId: r.bot_id ?? null,
  lastSeq: r.last_seq,
  ...(r.last_visitor_seq ? { lastVisitorSeq: r.last_visitor_seq } : {}),
  lastMessage: r.last_message ? (JSON.parse(r.last_message) as Conversation['lastMessage']) : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
  departmentId: r.department_id ?? null,
  priority: r.priority ?? 0,
  queuedAt: r.queued_at ?? null,
  assignedAt: r.assigned_at ?? null,
  firstResponseAt: r.first_response_at ?? null,
  offline: r.offline === 1,
  missed: r.missed === 1,
  locale: r.locale ?? null,
  // Only when set, so conversations without them compare equal to those written before.
  ...(r.agent_read_seq ? { agentReadSeq: r.agent_read_seq } : {}),
  ...(r.agent_read_visitor_seq ? { agentReadVisitorSeq: r.agent_read_visitor_seq } : {}),
  ...(r.visitor_read_seq ? { visitorReadSeq: r.visitor_read_seq } : {}),
  ...(r.rating ? { rating: JSON.parse(r.rating) as ConversationRating } : {}),
  ...(r.tag_ids ? { tagIds: JSON.parse(r.tag_ids) as string[] } : {}),
});

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  client_id: string;
  author_type: string;
  author_id: string | null;
  author_name: string | null;
  text: string;
  internal: number;
  created_at: number;
  /** JSON of the attachments (without links); added by the live-conversation migration. */
  attachments?: string | null;
  /** Null on internal notes; added by the visitor-seq migration. */
  visitor_seq?: number | null;
  /** The agent a whisper is for; added by the supervision migration. */
  whisper_to?: string | null;
}
export const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  conversationId: r.conversation_id,
  seq: r.seq,
  clientId: r.client_id,
  author: { type: r.author_type as AuthorType, id: r.author_id, name: r.author_name },
  text: r.text,
  internal: r.internal === 1,
  ...(r.visitor_seq ? { visitorSeq: r.visitor_seq } : {}),
  ...(r.whisper_to ? { whisperTo: r.whisper_to } : {}),
  createdAt: r.created_at,
  // Stored without links: the conversation service signs a link for each when it hands them out.
  ...(r.attachments ? { attachments: (JSON.parse(r.attachments) as UploadedFile[]).map((a) => ({ ...a, url: '' })) } : {}),
});
