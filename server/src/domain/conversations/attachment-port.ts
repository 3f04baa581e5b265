import type { Conversation, Message, MessageAuthor } from '@parley/shared';
import type { StoredAttachment } from '../../store/live-port.js';

/**
 * What the conversation service needs of files (implemented by conversation-live's
 * `FilesService`, passed in by the composition root): which uploads a message may carry, binding
 * them to it, and fresh signed links on every message handed out.
 */
export interface AttachmentPort {
  forMessage(author: MessageAuthor, conversation: Conversation, ids: string[]): Promise<StoredAttachment[]>;
  bind(ids: string[], messageId: string): Promise<void>;
  present(message: Message): Message;
}
