import type { Mention } from '../workspace/mention.js';
import type { AckCallback } from '../errors.js';
import type { Agent, AgentPresence, Conversation, ConversationSnapshot, Message, Site } from '../domain.js';
import type { AgentHandoffToBot } from '../bots/bot-schemas.js';
import type { AgentSendMessage, ConversationList, ConversationRef, SyncMessages } from '../schemas.js';
import type { Department } from '../routing.js';
import type { AgentStatusInput, AssignInput, EscalateInputRaw, TransferInputRaw } from '../routing-schemas.js';
import { commandSender } from './send-command.js';
import type { ProactiveAgentClientToServerEvents, ProactiveAgentServerToClientEvents } from './proactive-protocol.js';
import type { LiveAgentClientToServerEvents, LiveAgentServerToClientEvents } from '../conversation-live/live-protocol.js';

/** Socket.IO namespace the agent console connects to. */
export const AGENT_NAMESPACE = '/agent';

/** Input type of a schema with defaults: what a client may send. */
export type AgentSendMessageInput = Omit<AgentSendMessage, 'internal'> & { internal?: boolean };
export type ConversationListInput = Partial<ConversationList>;

export interface AgentClientToServerEvents extends ProactiveAgentClientToServerEvents, LiveAgentClientToServerEvents {
  /** Conversations of the agent's workspace, newest activity first. */
  'conversation:list': (payload: ConversationListInput, ack: AckCallback<Conversation[]>) => void;
  /** Subscribes to a conversation's messages and returns its transcript. */
  'conversation:join': (payload: ConversationRef, ack: AckCallback<ConversationSnapshot>) => void;
  'conversation:leave': (payload: ConversationRef, ack: AckCallback<null>) => void;
  /** Takes a waiting conversation; fails with `conflict` when someone else already has it. */
  'conversation:claim': (payload: ConversationRef, ack: AckCallback<Conversation>) => void;
  'conversation:close': (payload: ConversationRef, ack: AckCallback<Conversation>) => void;
  /** Replying to a waiting conversation claims it for the sender. */
  'message:send': (payload: AgentSendMessageInput, ack: AckCallback<Message>) => void;
  'messages:sync': (payload: SyncMessages, ack: AckCallback<{ messages: Message[] }>) => void;
  /** Hands the conversation to a bot of the workspace, which gets the transcript and continues. */
  'conversation:handoff': (payload: AgentHandoffToBot, ack: AckCallback<Conversation>) => void;
  // Routing (server/src/domain/routing).
  /** Sets the caller's status (kept across reloads); going online drains the queue. */
  'agent:status': (payload: AgentStatusInput, ack: AckCallback<AgentPresence>) => void;
  /** Agents of the workspace with status, load and departments (the transfer dialog). */
  'agent:list': (payload: Record<string, never>, ack: AckCallback<AgentPresence[]>) => void;
  'department:list': (payload: Record<string, never>, ack: AckCallback<Department[]>) => void;
  /** Sites of the workspace with their settings (service-level targets for the console). */
  'site:list': (payload: Record<string, never>, ack: AckCallback<Site[]>) => void;
  /** Supervisors and admins: give a conversation to an agent, whoever has it now. */
  'conversation:assign': (payload: AssignInput, ack: AckCallback<Conversation>) => void;
  /** To an agent or a department, with an internal note the receiver sees. */
  'conversation:transfer': (payload: TransferInputRaw, ack: AckCallback<Conversation>) => void;
  /** To the department the current one escalates to (tier 2), keeping the transcript. */
  'conversation:escalate': (payload: EscalateInputRaw, ack: AckCallback<Conversation>) => void;
}

export interface AgentServerToClientEvents extends ProactiveAgentServerToClientEvents, LiveAgentServerToClientEvents {
  /** Sent once per connection. */
  session: (session: { agent: Agent }) => void;
  /** Any change to a conversation of the workspace: created, assigned, new message, closed. */
  'conversation:updated': (conversation: Conversation) => void;
  /** A message in a conversation the agent has joined. */
  'message:new': (message: Message) => void;
  'server:shutdown': (info: { reconnectInMs: number }) => void;
  /** An agent's status, connection or load changed. */
  'agent:updated': (agent: AgentPresence) => void;
  /**
   * Only to the agent named: a colleague wrote `@name` in an internal note (the console shows a
   * notification and a desktop alert; `GET /api/v1/mentions` lists them).
   */
  'mention:new': (mention: Mention) => void;
}

/** Sends an agent command with its typed ack; a timeout answers `unavailable`. */
export const agentCommand = commandSender<AgentClientToServerEvents>();
