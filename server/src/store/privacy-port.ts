import type { Conversation, Site } from '@parley/shared';

/** One pass of the retention job over one site: the durable record of what it removed. */
export interface RetentionRun {
  id: string;
  workspaceId: string;
  siteId: string;
  startedAt: number;
  finishedAt: number;
  /** The site's `retentionDays` at the time of the run. */
  retentionDays: number;
  /** Closed conversations whose last activity was before this were due. */
  cutoff: number;
  conversations: number;
  /** Messages numbered in the deleted conversations (their `lastSeq`s), internal notes included. */
  messages: number;
  files: number;
  visitors: number;
}

/**
 * Storage for privacy (`store.privacy`, issue 16): what the retention job finds due, visitor
 * deletion, the job's lease and its run log. Conversations themselves are deleted through
 * `store.live.deleteConversation`, the one deletion primitive of a conversation.
 * Contract: `test/store-contract/privacy-store-contract.ts`.
 */
export interface PrivacyStore {
  /** Every site that is not deleted, of every workspace, oldest first (the job reads their settings). */
  allSites(): Promise<Site[]>;
  /**
   * Closed conversations of the site whose last activity (`updatedAt`) is before `before`,
   * least recent first, at most `limit`. Never one that is not closed.
   */
  conversationsDue(siteId: string, before: number, limit: number): Promise<Conversation[]>;
  /**
   * Ids of the site's visitors last seen before `before` who have no conversation left and are
   * not linked to a contact (contacts are deleted through their own route), at most `limit`.
   */
  visitorsDue(siteId: string, before: number, limit: number): Promise<string[]>;
  /** Every conversation of the visitor, whatever its status, newest first. */
  visitorConversations(visitorId: string): Promise<Conversation[]>;
  /**
   * Deletes the visitor's record and what hangs on it (trigger events, a contact link); their
   * conversations are deleted before, one by one. `false` when there was no such visitor.
   */
  deleteVisitor(visitorId: string): Promise<boolean>;
  /**
   * Atomic: takes or renews the named lease for `holder` until `now + ms`, when it is free,
   * expired, or already this holder's. Several processes sharing the store: one runs the job.
   */
  takeLease(name: string, holder: string, now: number, ms: number): Promise<boolean>;
  recordRetentionRun(run: RetentionRun): Promise<void>;
  /** The site's runs, newest first, at most `limit`. */
  listRetentionRuns(siteId: string, limit: number): Promise<RetentionRun[]>;
}
