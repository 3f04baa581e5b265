import type { AckCallback } from '../errors.js';
import type { ConversationViewers, PrechatAnswers, ReadNotice, TypingNotice } from './live-domain.js';
import type { PrechatSubmit, RateInput, ReadInput, TypingInput } from './live-schemas.js';
import type { LiveFeatures } from './live-settings.js';
import type { VisitorConversation } from '../protocol/visitor-conversation.js';

/**
 * The live-conversation events of the `/visitor` and `/agent` namespaces (issue 13), mixed into
 * their event maps. `typing` and `conversation:read` have no ack: they are hints, dropped
 * silently when invalid or past their rate.
 */

export type { VisitorConversationLive } from '../protocol/visitor-conversation.js';

export interface LiveVisitorClientToServerEvents {
  /** No ack. `{ conversationId, typing, draft? }`; `draft` only matters when the site has `sneakPeek` on. */
  typing: (payload: TypingInput) => void;
  /** No ack. The highest seq the visitor has seen. */
  'conversation:read': (payload: ReadInput) => void;
  /** Rates the visitor's closed conversation; acked with the conversation carrying `rating`. */
  'conversation:rate': (payload: RateInput, ack: AckCallback<VisitorConversation>) => void;
  /** The pre-chat form's answers; acked with the visitor's answers so far and the fields still unknown. */
  'prechat:submit': (payload: PrechatSubmit, ack: AckCallback<{ answers: PrechatAnswers; known: string[] }>) => void;
}

export interface LiveVisitorServerToClientEvents {
  /** An agent is typing (or stopped). `who.type` is `agent`. */
  typing: (notice: TypingNotice) => void;
  /** `by: 'agent'`: the team has seen up to `seq`. */
  'conversation:read': (notice: ReadNotice) => void;
}

export interface LiveAgentClientToServerEvents {
  /** No ack. `{ conversationId, typing }` (agents' drafts are never relayed). */
  typing: (payload: TypingInput) => void;
  /** No ack. The highest seq the agent has seen. */
  'conversation:read': (payload: ReadInput) => void;
}

export interface LiveAgentServerToClientEvents {
  /** The visitor (to the whole workspace, with `draft` under sneak peek) or a colleague (to agents who opened it) typing. */
  typing: (notice: TypingNotice) => void;
  /** `by: 'visitor'` (to the workspace) or `by: 'agent'` (a colleague, to the workspace). */
  'conversation:read': (notice: ReadNotice) => void;
  /** Who has this conversation open now, sent to those agents whenever it changes. */
  'conversation:viewers': (viewers: ConversationViewers) => void;
}

export type { LiveFeatures };
