import type { AgentStatus, SiteSettings } from './routing.js';
import type { SiteAppearance } from './accounts/site-appearance.js';
import type { Attachment, ConversationRating, PrechatAnswers } from './conversation-live/live-domain.js';

/**
 * Domain types as they travel on the wire and through the store. Times are epoch
 * milliseconds: cheap to store, compare and serialise.
 */

export const ConversationStatus = {
  waiting: 'waiting',
  open: 'open',
  closed: 'closed',
} as const;
export type ConversationStatus = (typeof ConversationStatus)[keyof typeof ConversationStatus];
export const conversationStatuses = Object.values(ConversationStatus) as [ConversationStatus, ...ConversationStatus[]];

export const AuthorType = {
  visitor: 'visitor',
  agent: 'agent',
  bot: 'bot',
  system: 'system',
} as const;
export type AuthorType = (typeof AuthorType)[keyof typeof AuthorType];

export const AgentRole = {
  agent: 'agent',
  supervisor: 'supervisor',
  admin: 'admin',
} as const;
export type AgentRole = (typeof AgentRole)[keyof typeof AgentRole];

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
}

export interface Site {
  id: string;
  workspaceId: string;
  /** Public key named in the embed's `data-site`. */
  key: string;
  name: string;
  /** Origins (scheme://host[:port]) whose pages may open a visitor socket. */
  allowedOrigins: string[];
  /** Locale the widget uses; `null` follows the visitor's browser. */
  locale: string | null;
  /** Routing and service-level settings; the server fills in defaults for what is not set. */
  settings?: SiteSettings;
  /** The widget's look as stored (the server fills in defaults where it answers a site). */
  appearance?: Partial<SiteAppearance>;
  /** The install check: where a widget last loaded from an allowed origin; `null`: not seen yet. */
  lastSeen?: SiteLastSeen | null;
  createdAt: number;
}

/** An agent as every client may see it: never carries the password hash. */
export interface Agent {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: AgentRole;
  /** Most chats assigned at once by routing; 0: the site's default capacity. */
  capacity: number;
  /** What the agent chose in the console, kept across reloads (the server always sends it). */
  status?: AgentStatus;
  /** False once an admin removed their access; they cannot sign in (absent: active). */
  active?: boolean;
  /** A small image (https URL or data URL); `null`: initials. */
  avatarUrl?: string | null;
  /** The console's language; `null`: the browser's. */
  language?: string | null;
  createdAt: number;
}

/** An agent as the console's transfer dialog and status views see it. */
export interface AgentPresence extends Agent {
  status: AgentStatus;
  /** Has a console open (or closed it less than the grace period ago). */
  connected: boolean;
  /** Open conversations assigned now. */
  activeChats: number;
  departmentIds: string[];
}

export interface Visitor {
  id: string;
  siteId: string;
  name: string | null;
  email: string | null;
  createdAt: number;
  lastSeenAt: number;
  /** Pre-chat answers by field id; absent until the visitor gives any. */
  prechat?: PrechatAnswers;
}

export interface MessageAuthor {
  type: AuthorType;
  /** Agent, bot or visitor id; `null` for system lines. */
  id: string | null;
  name: string | null;
}

export interface Message {
  id: string;
  conversationId: string;
  /** 1, 2, 3, ... per conversation, assigned atomically by the store: order and catch-up. */
  seq: number;
  /** Chosen by the sender (nanoid); a re-send with the same id returns the stored message. */
  clientId: string;
  author: MessageAuthor;
  text: string;
  /** Internal notes reach agents only, never the visitor. */
  internal: boolean;
  /**
   * 1, 2, 3, ... over the messages a visitor may see (not internal notes): the visitor's gap-free
   * numbering, so no hole reveals that a note was written. Absent on internal notes. Everything
   * sent to a visitor carries it as `seq` (and not this field).
   */
  visitorSeq?: number;
  /**
   * A whisper (issue 14, supervision): an internal note for one agent, the one who held the
   * conversation when a supervisor or admin wrote it. Only that agent, its author and the
   * workspace's supervisors and admins ever get it; always `internal: true`. Absent: no whisper.
   */
  whisperTo?: string;
  createdAt: number;
  /** Files on the message (absent when none), each with a signed link valid for an hour. */
  attachments?: Attachment[];
}

export interface MessagePreview {
  text: string;
  authorType: AuthorType;
  createdAt: number;
}

export interface Conversation {
  id: string;
  workspaceId: string;
  siteId: string;
  visitorId: string;
  status: ConversationStatus;
  assigneeId: string | null;
  /**
   * The bot holding the conversation, if one does (then `assigneeId` is null and the status
   * `open`). Absent or null: no bot. Set through handoffs, never by clients directly.
   */
  botId?: string | null;
  /** Highest message seq stored so far. */
  lastSeq: number;
  /** Highest `visitorSeq` stored so far (the visitor's `lastSeq`); absent while 0. */
  lastVisitorSeq?: number;
  /** The workspace's tags on it (`PUT /api/v1/conversations/{id}/tags`); absent when none. */
  tagIds?: string[];
  lastMessage: MessagePreview | null;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  // Routing. The server sends every one of these; they are optional so that code building a
  // conversation by hand (drafts, fixtures) needs only what it cares about.
  /** The team whose queue it is in; `null`: any agent of the workspace. */
  departmentId?: string | null;
  /** Higher is served first; 0 is normal. */
  priority?: number;
  /** When it last started waiting in the queue; `null` when it never did (offline messages). */
  queuedAt?: number | null;
  /** When it was last assigned to an agent. */
  assignedAt?: number | null;
  /** The first reply by an agent or a bot. */
  firstResponseAt?: number | null;
  /** Left through the offline form: nobody was there to chat. */
  offline?: boolean;
  /** The visitor left before anyone answered. */
  missed?: boolean;
  /** Language of the system lines the visitor reads. */
  locale?: string | null;
  // The live conversation (conversation-live/). Sent by the server; 0 / null when nothing yet.
  /** Highest seq an agent has seen: the visitor's "Seen". */
  agentReadSeq?: number;
  /** `agentReadSeq` counted in `visitorSeq`: the "Seen" the visitor is told. */
  agentReadVisitorSeq?: number;
  /** Highest seq the visitor has seen: what the console marks as read. */
  visitorReadSeq?: number;
  /** The visitor's rating, given after the close. */
  rating?: ConversationRating | null;
}

/** A conversation with its transcript, as returned when a client opens one. */
export interface ConversationSnapshot {
  conversation: Conversation;
  messages: Message[];
  /** Agents only: who the visitor is, with their pre-chat answers. */
  visitor?: Visitor | null;
}

/** Where and when a widget last loaded from one of the site's allowed origins (the install check). */
export interface SiteLastSeen {
  url: string;
  at: number;
}
