import type { Contact } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import { eraseConversation, type ConversationFiles } from '../privacy/conversation-eraser.js';

/**
 * Deleting a contact for good: their conversations (messages, events, files, search entries,
 * tags, mentions, report figures), their visitors (browsers, trigger events) and the record.
 *
 * It cannot be half done: the contact is first marked in the store (from then on it reads as
 * gone), then each step deletes what is left, so running it again after a crash picks up where
 * it stopped; `resumePending` runs every marked deletion at start. The record goes last, with
 * the mark.
 */
export class ContactDeletion {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: { store: Store; files: ConversationFiles; log: Logger; now?: () => number }) {}

  /** Marks the contact and deletes everything of it; `false` when there is no such contact. */
  async delete(contactId: string): Promise<boolean> {
    const marked = await this.deps.store.contacts.markContactDeleting(contactId, (this.deps.now ?? Date.now)());
    if (!marked) return false;
    await this.run(marked);
    return true;
  }

  /** Finishes the deletions a stop or crash cut short (at start). */
  async resumePending(): Promise<number> {
    const pending = await this.deps.store.contacts.listContactDeletions();
    for (const contact of pending) {
      this.deps.log.info({ contactId: contact.id }, 'finishing a contact deletion left pending');
      await this.run(contact);
    }
    return pending.length;
  }

  /** One run per contact at a time: a second request waits for the first instead of racing it. */
  private run(contact: Contact): Promise<void> {
    let job = this.running.get(contact.id);
    if (!job) {
      job = this.deleteAll(contact).finally(() => this.running.delete(contact.id));
      this.running.set(contact.id, job);
    }
    return job;
  }

  private async deleteAll(contact: Contact): Promise<void> {
    const { store } = this.deps;
    const now = (this.deps.now ?? Date.now)();
    for (const visitorId of contact.visitorIds) {
      // Conversations before the visitor: the visitor's id is how they are found again after a crash.
      const latest = () => store.getLatestConversationForVisitor(visitorId);
      for (let conversation = await latest(); conversation; conversation = await latest()) {
        // Nothing stays open for routing to hand out while it goes (the route refuses open ones;
        // this covers a chat the visitor started since).
        if (conversation.status !== 'closed') await store.closeConversation(conversation.id, now);
        await eraseConversation(store, this.deps.files, conversation);
      }
      await store.contacts.deleteVisitor(visitorId);
    }
    await store.contacts.deleteContact(contact.id);
  }

}
