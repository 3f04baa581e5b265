import type { AckCallback } from '../errors.js';
import type { Conversation, Message } from '../domain.js';
import type { ConversationRef, SyncMessages, VisitorSendMessage } from '../schemas.js';
import type { ArticleHit, ArticleView } from '../knowledge/knowledge-domain.js';
import type { ArticleSearch } from '../knowledge/knowledge-schemas.js';
import type { Availability, QueueStatus } from '../routing.js';
import type { OfflineMessageInput } from '../routing-schemas.js';
import type { TranscriptRequest } from '../mail.js';
import { commandSender } from './send-command.js';
import type { SiteAppearance } from '../accounts/site-appearance.js';
import type {
  LiveVisitorClientToServerEvents,
  LiveVisitorServerToClientEvents,
} from '../conversation-live/live-protocol.js';
import type { VisitorConversation } from './visitor-conversation.js';
import type { LiveFeatures } from '../conversation-live/live-settings.js';
import type { VisitorIdentity, VisitorIdentifyResult } from '../contacts/contact.js';

/** Socket.IO namespace a visitor's widget connects to. */
export const VISITOR_NAMESPACE = '/visitor';

export type { VisitorConversation } from './visitor-conversation.js';

export interface VisitorSession {
  visitorId: string;
  /** Signed visitor token to keep (localStorage) and send at the next handshake. */
  token: string;
  /**
   * What the widget needs of its site: the name for the header, the locale to speak, and its
   * look (brand colour, launcher side, welcome per language, team name, avatar, reply time),
   * defaults filled in. This server always sends `appearance`; it is optional so that a widget
   * talking to an older server falls back to its built-in look.
   */
  site: { name: string; locale: string | null; appearance?: SiteAppearance };
  /** Sneak peek notice, upload limits, rating style, the pre-chat form and what this visitor already gave. */
  live?: LiveFeatures;
}

export interface VisitorSnapshot {
  conversation: VisitorConversation;
  messages: Message[];
}

export interface VisitorClientToServerEvents extends LiveVisitorClientToServerEvents {
  /** The visitor's latest conversation with its transcript, or `null` before the first message. */
  'conversation:current': (payload: Record<string, never>, ack: AckCallback<VisitorSnapshot | null>) => void;
  /** Stored before the ack; a repeated clientId returns the stored message. */
  'message:send': (payload: VisitorSendMessage, ack: AckCallback<Message>) => void;
  /** Everything after `afterSeq`, in order (catch-up after a reconnect). */
  'messages:sync': (payload: SyncMessages, ack: AckCallback<{ messages: Message[] }>) => void;
  /** "Talk to a person": hands the conversation from its bot to the human queue (no-op otherwise). */
  'conversation:handoff': (payload: ConversationRef, ack: AckCallback<VisitorConversation>) => void;
  /** Self-service: the site's knowledge base, ranked, with the matching parts marked. */
  'kb:search': (payload: Omit<ArticleSearch, 'limit'> & { limit?: number }, ack: AckCallback<ArticleHit[]>) => void;
  /** An article with its body already parsed (the widget renders the tree and ships no parser). */
  'kb:article': (payload: { articleId: string }, ack: AckCallback<ArticleView>) => void;
  /** Open or not, and the departments to choose from, before the first message. */
  'site:availability': (payload: { departmentId?: string }, ack: AckCallback<Availability>) => void;
  /** The place in the queue of the visitor's waiting conversation; `null` when it is not waiting. */
  'queue:status': (payload: Record<string, never>, ack: AckCallback<QueueStatus | null>) => void;
  /** The leave-a-message form: becomes a conversation marked offline in the console. */
  'offline:message': (payload: OfflineMessageInput, ack: AckCallback<VisitorConversation>) => void;
  /**
   * "Email me the transcript" (offered when a chat closes): queues a mail of the visible
   * transcript (never internal notes) to `email`. Answers at once, whatever the SMTP server
   * does; `rate_limited` after a few per conversation, `unavailable` when the server mails nothing.
   */
  'transcript:request': (payload: TranscriptRequest, ack: AckCallback<null>) => void;
  /**
   * `Parley('identify', { userId, email, name, userHash, attributes })` after the socket opened
   * (before, it goes in the handshake's `identity`). `forbidden` for a wrong `userHash`, a
   * missing one on a site that requires verification, or an unverified claim of a verified
   * user's id; nothing is linked then. See `VisitorIdentifyResult.reconnectWith`.
   */
  'visitor:identify': (payload: VisitorIdentity, ack: AckCallback<VisitorIdentifyResult>) => void;
}

export interface VisitorServerToClientEvents extends LiveVisitorServerToClientEvents {
  /** Sent once per connection: the identity this socket speaks for. */
  session: (session: VisitorSession) => void;
  'message:new': (message: Message) => void;
  'conversation:updated': (conversation: VisitorConversation) => void;
  /** The server is going down for a restart; reconnect after the delay. */
  'server:shutdown': (info: { reconnectInMs: number }) => void;
  /** The waiting conversation's place in the queue changed. */
  'queue:updated': (status: QueueStatus) => void;
}

/** Sends a visitor command with its typed ack; a timeout answers `unavailable`. */
export const visitorCommand = commandSender<VisitorClientToServerEvents>();
