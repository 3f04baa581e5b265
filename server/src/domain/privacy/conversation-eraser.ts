import type { Conversation } from '@parley/shared';
import type { Store } from '../../store/port.js';

/** Where a conversation's files' bytes go from (FilesService gives it). */
export interface ConversationFiles {
  deleteConversationFiles(conversationId: string): Promise<number>;
}

/** What one erased conversation took with it: the run log's counts. */
export interface Erased {
  conversations: number;
  messages: number;
  files: number;
}

/**
 * The one way privacy deletes a conversation (retention and visitor deletion both): its files
 * first (bytes, then records), then the conversation with everything stored under it
 * (`store.live.deleteConversation`: messages, events, search entries, tags, mentions, report
 * row). Idempotent: a conversation another process erased first counts as nothing.
 */
export async function eraseConversation(store: Store, files: ConversationFiles, conversation: Conversation): Promise<Erased> {
  const fileCount = await files.deleteConversationFiles(conversation.id);
  const deleted = await store.live.deleteConversation(conversation.id);
  return deleted ? { conversations: 1, messages: conversation.lastSeq, files: fileCount } : { conversations: 0, messages: 0, files: fileCount };
}
