import type {
  Agent,
  Conversation,
  ConversationStatus,
  Message,
  MessageAuthor,
  Site,
  Visitor,
  Workspace,
} from '@parley/shared';
import type { ProactiveStore } from './proactive-port.js';
import type { BotStore } from './bot-port.js';
import type { KnowledgeStore } from './knowledge-port.js';
import type { RoutingStore } from './routing-port.js';
import type { MailStore } from './mail-port.js';
import type { AccountsStore } from './accounts-port.js';
import type { AgentRecord } from './agent-record.js';

export type { AgentRecord } from './agent-record.js';
import type { LiveStore, StoredAttachment } from './live-port.js';
import type { CannedReplyStore } from './canned-reply-port.js';
import type { TagStore } from './tag-port.js';
import type { ContactStore } from './contact-port.js';
import type { SearchStore } from './search-port.js';
import type { MentionStore } from './mention-port.js';
import type { ReportsStore } from './reports-port.js';
import type { WritableBy } from './append-condition.js';
import type { PrivacyStore } from './privacy-port.js';


export interface NewMessage {
  id: string;
  conversationId: string;
  clientId: string;
  author: MessageAuthor;
  text: string;
  internal: boolean;
  /** A whisper's agent (`Message.whisperTo`); stored only with `internal: true`. */
  whisperTo?: string;
  createdAt: number;
  /** Files the message carries (stored without links; `url` is '' when read back until signed). */
  attachments?: StoredAttachment[];
  /**
   * Optional: append only while the conversation is still writable by this author (not closed;
   * for a bot, still held by it), checked atomically with the seq bump. A refusal throws
   * `not_found` or `conflict`, as the service's checks would. See `append-condition.ts`.
   */
  writableBy?: WritableBy;
}

export interface AppendResult {
  message: Message;
  /** The conversation after the append (lastSeq, lastMessage, updatedAt moved on). */
  conversation: Conversation;
  /** False when the clientId was already stored: `message` is the stored one, nothing changed. */
  created: boolean;
}

export interface ConversationQuery {
  workspaceId: string;
  statuses?: ConversationStatus[];
  assigneeId?: string;
  /** Only missed chats (`true`) or only the others (`false`). */
  missed?: boolean;
  /** Only offline messages (`true`) or only live chats (`false`). */
  offline?: boolean;
  /** Only conversations carrying this tag. */
  tagId?: string;
  limit: number;
}

export interface MessageQuery {
  conversationId: string;
  afterSeq: number;
  limit: number;
  /** Internal notes are left out unless asked for (visitors never ask). */
  includeInternal: boolean;
  /**
   * The visitor's view: `afterSeq` counts in `visitorSeq` and the order is by it; internal notes
   * are left out whatever `includeInternal` says.
   */
  visitorView?: boolean;
  /**
   * An agent who reads only their own whispers (to or by them); absent: every whisper
   * (supervisors and admins), or none at all without `includeInternal`.
   */
  whispersFor?: string;
}

/**
 * The one storage port. Adapters (SQLite, MongoDB) pass the same contract suite
 * (`test/store-contract/store-contract.ts`). Operations documented as atomic must stay atomic when several
 * server processes share one database.
 */
export interface Store {
  readonly kind: 'sqlite' | 'mongo';
  /** Trigger rules, their events, conversation context, announcements. */
  readonly proactive: ProactiveStore;
  /** Bots, handoffs, the webhook outbox (bot-port.ts). */
  readonly bots: BotStore;
  /** Knowledge-base articles (knowledge-port.ts). */
  readonly knowledge: KnowledgeStore;
  /** Routing: agent presence and load, departments, the queue, the event log (routing-port.ts). */
  readonly routing: RoutingStore;
  /** The mail outbox (mail-port.ts). */
  readonly mail: MailStore;
  /** First run, sites' life cycle, account state, invitations, resets, API keys (accounts-port.ts). */
  readonly accounts: AccountsStore;
  /** Seen marks, ratings, attachment records, pre-chat answers (live-port.ts). */
  readonly live: LiveStore;
  /** Shared and personal canned replies (canned-reply-port.ts). */
  readonly cannedReplies: CannedReplyStore;
  /** Tags and the conversations carrying them (tag-port.ts). */
  readonly tags: TagStore;
  /** Contacts, their linked visitors, sites' identity secrets (contact-port.ts). */
  readonly contacts: ContactStore;
  /** The conversation search index (search-port.ts). */
  readonly search: SearchStore;
  /** Colleagues named with @ in internal notes (mention-port.ts). */
  readonly mentions: MentionStore;
  /** What the reports read: conversations' facts folded from their events, agents' status changes (reports-port.ts). */
  readonly reports: ReportsStore;
  /** Retention and visitor deletion: what is due, the job's lease, its run log (privacy-port.ts). */
  readonly privacy: PrivacyStore;

  createWorkspace(workspace: Workspace): Promise<Workspace>;
  getWorkspace(id: string): Promise<Workspace | null>;

  /** Fails with `conflict` when the key is taken. */
  createSite(site: Site): Promise<Site>;
  /** Deleted sites are not found (`store.accounts.deleteSite`). */
  getSite(id: string): Promise<Site | null>;
  getSiteByKey(key: string): Promise<Site | null>;
  /** The workspace's sites, oldest first. */
  listSites(workspaceId: string): Promise<Site[]>;

  /** Fails with `conflict` when the email is taken (emails are stored lower-case). */
  createAgent(agent: AgentRecord): Promise<AgentRecord>;
  getAgent(id: string): Promise<AgentRecord | null>;
  getAgentByEmail(email: string): Promise<AgentRecord | null>;

  createVisitor(visitor: Visitor): Promise<Visitor>;
  getVisitor(id: string): Promise<Visitor | null>;

  /**
   * Atomic: returns the visitor's conversation that is not closed, or creates `draft` when
   * there is none. Two racing calls for one visitor end with one conversation.
   */
  openConversationForVisitor(draft: Conversation): Promise<{ conversation: Conversation; created: boolean }>;
  getConversation(id: string): Promise<Conversation | null>;
  /** The visitor's most recently created conversation, whatever its status. */
  getLatestConversationForVisitor(visitorId: string): Promise<Conversation | null>;
  /** Newest activity (`updatedAt`) first. */
  listConversations(query: ConversationQuery): Promise<Conversation[]>;
  /**
   * Atomic: assigns a `waiting`, unassigned conversation to `agentId` and opens it.
   * Returns `null` when it is not waiting or already assigned; exactly one racer wins.
   */
  claimConversation(id: string, agentId: string, at: number): Promise<Conversation | null>;
  /** Closes a conversation that is not closed; `null` when it is already closed or missing. */
  closeConversation(id: string, at: number): Promise<Conversation | null>;

  /**
   * Atomic: stores the message with the conversation's next seq, or returns the message
   * already stored under the same (conversationId, clientId). Throws `not_found` for an
   * unknown conversation, and refuses (`not_found` / `conflict`) a message whose `writableBy`
   * no longer holds at the moment its seq is taken; a stored re-send is returned all the same.
   */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null>;
  /** Messages with seq > afterSeq (`visitorSeq` in the visitor's view), ascending, at most `limit`. */
  listMessages(query: MessageQuery): Promise<Message[]>;

  close(): Promise<void>;
}
