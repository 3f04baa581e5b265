import type { AckCallback } from '../errors.js';
import type { Conversation } from '../domain.js';
import type { ConversationRef } from '../schemas.js';
import type { LiveVisitorPage, LiveVisitorPatch } from '../proactive/live-visitor.js';
import type {
  ConversationContext,
  LiveVisitorsPage,
  LiveVisitorsSubscribe,
  StartChat,
} from '../proactive/proactive-commands.js';

/** Input type of a schema with defaults: what a client may send. */
type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** The console's proactive commands on `/agent`: live visitors, agent-started chats, conversation context. */
export interface ProactiveAgentClientToServerEvents {
  /** Subscribes to a site's live list; answers its first page. Patches follow as `visitors:patch`. */
  'visitors:subscribe': (payload: WithOptional<LiveVisitorsSubscribe, 'limit'>, ack: AckCallback<LiveVisitorPage>) => void;
  'visitors:page': (payload: WithOptional<LiveVisitorsPage, 'limit'>, ack: AckCallback<LiveVisitorPage>) => void;
  'visitors:unsubscribe': (payload: { siteId: string }, ack: AckCallback<null>) => void;
  /** Starts a conversation with a visitor on the site now, assigned to the caller. */
  'visitor:chat': (payload: StartChat, ack: AckCallback<Conversation>) => void;
  'conversation:context': (payload: ConversationRef, ack: AckCallback<ConversationContext>) => void;
}

export interface ProactiveAgentServerToClientEvents {
  'visitors:patch': (patch: LiveVisitorPatch) => void;
}
