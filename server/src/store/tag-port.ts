import type { Conversation, Tag } from '@parley/shared';

/**
 * Tags and which conversations carry them. A tag's name is unique in its workspace, ignoring
 * case; both adapters refuse a taken name with `conflict` (a unique index).
 */
export interface TagStore {
  /** Fails with `conflict` when the name is taken. */
  createTag(tag: Tag): Promise<Tag>;
  /** Replaces name and colour; `null` when missing; `conflict` when the new name is taken. */
  updateTag(tag: Tag): Promise<Tag | null>;
  /** Deletes the tag and takes it off every conversation. */
  deleteTag(id: string): Promise<boolean>;
  getTag(id: string): Promise<Tag | null>;
  /** By name. */
  listTags(workspaceId: string): Promise<Tag[]>;
  /**
   * Replaces the conversation's tags (their order kept) without moving `updatedAt` (a label is
   * not activity: the list keeps its order); `null` when the conversation is missing.
   */
  setConversationTags(conversationId: string, tagIds: string[]): Promise<Conversation | null>;
}
