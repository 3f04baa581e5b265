import type { AgentPresence, Conversation } from '../domain.js';

/**
 * The supervisors' live board (issue 14, supervision): `GET /api/v1/supervision/board`, for
 * supervisors and admins. The console reads it once and again (coalesced) whenever the agent
 * socket's `agent:updated` or `conversation:updated` says something moved; waits tick in the
 * browser from `queuedAt` against `at` (the server's clock when it answered).
 */
export interface SupervisionBoard {
  /** The server's clock when it answered: waits are measured against it, not the browser's. */
  at: number;
  /** What a capacity of 0 means: the workspace's (first site's) default capacity. */
  defaultCapacity: number;
  /** Every active agent with status, connection, open chats (`activeChats`) and capacity. */
  agents: AgentPresence[];
  /** The queue per department (`departmentId: null`: the workspace-wide queue), longest wait first. */
  queues: BoardQueue[];
  /** Live chats (waiting or open), whoever holds them, newest activity first. */
  conversations: Conversation[];
}

export interface BoardQueue {
  departmentId: string | null;
  /** The department's name; `null` for the workspace-wide queue. */
  name: string | null;
  /** Conversations waiting with nobody assigned. */
  waiting: number;
  /** When the one waiting longest joined the queue; `null` when none waits. */
  oldestQueuedAt: number | null;
}

/** How many live chats the board lists at most (the queue counts are exact whatever this is). */
export const BOARD_CONVERSATION_LIMIT = 200;
