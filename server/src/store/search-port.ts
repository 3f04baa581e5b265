import type { ConversationStatus, Message } from '@parley/shared';

/** One message as the search index holds it. */
export interface IndexedMessage {
  messageId: string;
  conversationId: string;
  workspaceId: string;
  createdAt: number;
  /** The message's index terms (the domain's analysis: folded Chinese bigrams and characters, stemmed words). */
  terms: string[];
}

export interface MessageHit {
  messageId: string;
  conversationId: string;
  createdAt: number;
  text: string;
  /** Passed as `before`, the page that follows starts after this hit. */
  cursor: string;
}

/** Which hits a search wants: message times within `[from, to]`, after the `before` cursor. */
export interface MessageSearchOptions {
  from?: number;
  to?: number;
  /** The adapter's own cursor from the page before (`next`, or a hit's `cursor`). */
  before?: string;
  limit: number;
  /**
   * The conversation's filters as they are now. An adapter may leave out hits whose conversation
   * fails them (SQLite does, in the same query: a rare filter then costs no round trips); the
   * domain checks every hit against them again, so one that ignores them is correct too.
   */
  conversation?: ConversationFilters;
}

export interface ConversationFilters {
  status?: ConversationStatus;
  tagId?: string;
  assigneeId?: string;
  departmentId?: string;
  rating?: number;
}

export interface MessageSearchPage {
  hits: MessageHit[];
  next: string | null;
}

/**
 * The conversation search index: which messages carry which terms. The domain analyses the
 * text (both adapters store terms, never tokenise), so Chinese folding is one rule in one place.
 * Writes are idempotent (a message indexed twice is one entry).
 */
export interface SearchStore {
  indexMessages(messages: IndexedMessage[]): Promise<void>;
  /**
   * The workspace's messages carrying every term, newest first (none for no terms).
   */
  searchMessages(workspaceId: string, terms: string[], options: MessageSearchOptions): Promise<MessageSearchPage>;
  /**
   * Messages stored but perhaps not indexed yet (a crash between the two, or a data file from
   * before search), oldest first: the indexer's catch-up at start. Empty once all are indexed.
   */
  unindexedMessages(limit: number): Promise<Message[]>;
}
