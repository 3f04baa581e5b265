import type { Conversation } from '../domain.js';

/** What the visitor's conversation carries of the other side's reading and of the rating. */
export interface VisitorConversationLive {
  /** Highest seq an agent has seen (the widget's "Seen"). */
  agentReadSeq?: number;
  rating?: { score: number; comment: string | null; ratedAt: number } | null;
}

/** What a visitor sees of a conversation: no assignee ids beyond what the transcript shows. */
export type VisitorConversation = Pick<Conversation, 'id' | 'status' | 'lastSeq' | 'createdAt' | 'closedAt'> & VisitorConversationLive;
