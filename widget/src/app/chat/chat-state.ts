import type { Availability, LiveFeatures, Message, VisitorConversation, VisitorSession } from '@parley/shared';
import type { OutboxItem } from './outbox.js';
import type { ProactiveMessage } from './proactive-message.js';

/**
 * `connecting` before the first connection; `reconnecting` after a drop or a failed attempt;
 * `refused` when the server turned the handshake down for good (wrong origin, unknown site,
 * old protocol): retrying would not help.
 */
export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'refused';

/** Everything the panel draws. Replaced, never mutated, on each change. */
export interface ChatState {
  open: boolean;
  /** navigator.onLine and its online/offline events. */
  online: boolean;
  connection: Connection;
  site: VisitorSession['site'] | null;
  conversation: VisitorConversation | null;
  /** The conversation's transcript, ordered by seq, each message once. */
  messages: readonly Message[];
  /** Written, not acknowledged yet, in the order written; none of them is in `messages`. */
  outbox: readonly OutboxItem[];
  /** Agent and bot messages not seen yet; 0 while the panel is open. */
  unread: number;
  /** The proactive message the visitor opened the panel from, until their reply starts the conversation. */
  proactive: ProactiveMessage | null;
  /** Asked for before the first message: whether anyone can answer, and the departments. */
  availability: Availability | null;
  /** The department chosen in the pre-chat step. */
  departmentId: string | null;
  /** The leave-a-message form: not asked for, shown, how sending it went, or left for the chat ("Back to the chat"). */
  offlineForm: 'idle' | 'open' | 'sending' | 'sent' | 'failed' | 'closed';
  /** The site's live-conversation features from the session (sneak peek, uploads, rating, pre-chat form). */
  live?: LiveFeatures | undefined;
  /** The pre-chat form was answered in this page view (the session's `known` is updated too). */
  prechatDone?: boolean;
}
