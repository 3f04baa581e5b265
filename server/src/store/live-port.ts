import type { AttachmentType, Conversation, ConversationRating, PrechatAnswers, UploadedFile, Visitor } from '@parley/shared';

/** An uploaded file's record (its bytes are in the `FileStorage`, file-storage-port.ts). */
export interface AttachmentRecord {
  id: string;
  conversationId: string;
  workspaceId: string;
  siteId: string;
  name: string;
  size: number;
  type: AttachmentType;
  uploader: { type: 'visitor' | 'agent' | 'bot'; id: string };
  /** The message that carries it; `null` until a `message:send` names it. */
  messageId: string | null;
  /** A thumbnail was stored beside it (images). */
  thumbnail: boolean;
  createdAt: number;
}

/** What a stored message keeps of each attachment (the link is signed when it is read). */
export type StoredAttachment = UploadedFile;

/**
 * Storage for the live conversation (`store.live`): seen marks, ratings, attachment records,
 * pre-chat answers. Operations marked atomic stay correct with several processes on one database.
 * Contract: `test/store-contract/live-store-contract.ts`.
 */
export interface LiveStore {
  /**
   * Atomic: raises the conversation's `visitorReadSeq` (`by: 'visitor'`) or `agentReadSeq`
   * (`by: 'agent'`) to `seq` only when `seq` is higher than the stored one. The conversation
   * after the change, or `null` when nothing changed (not higher, or no such conversation).
   */
  markRead(conversationId: string, by: 'visitor' | 'agent', seq: number): Promise<Conversation | null>;
  /**
   * Atomic: stores the rating of a closed conversation that has been rated fewer than
   * `maxWrites` times, counting this one. `null` when it is not closed, rated too often, or missing.
   */
  rate(conversationId: string, rating: ConversationRating, maxWrites: number): Promise<Conversation | null>;

  createAttachment(record: AttachmentRecord): Promise<void>;
  getAttachment(id: string): Promise<AttachmentRecord | null>;
  /**
   * Atomic: binds the listed attachments that are not yet bound to `messageId`; returns the ids
   * bound by this call (a racing second message gets none of them).
   */
  bindAttachments(ids: string[], messageId: string): Promise<string[]>;
  /** A conversation's attachments, oldest first. */
  listAttachments(conversationId: string): Promise<AttachmentRecord[]>;
  /** Removes records: the file storage's bytes are the caller's to delete first. */
  deleteAttachments(ids: string[]): Promise<void>;

  /**
   * Removes a conversation for good: its messages, events, proactive context, resolution,
   * attachment records, search index entries, tags, mentions and report figures (the files'
   * bytes are the caller's to delete first). `false` when there was no such conversation.
   */
  deleteConversation(conversationId: string): Promise<boolean>;

  /** Merges `answers` into the visitor's pre-chat answers; the visitor after, `null` when missing. */
  mergeVisitorPrechat(visitorId: string, answers: PrechatAnswers): Promise<Visitor | null>;
}
