import { useEffect, useState } from 'preact/hooks';
import type { Contact, Conversation } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';

export interface ConversationContact {
  /** `undefined` until the first answer; `null` when the visitor has not said who they are. */
  contact: Contact | null | undefined;
  /** Every conversation of the contact (all their browsers), newest first; `null` without a contact. */
  conversations: Conversation[] | null;
  /** After an edit in the panel: the saved contact replaces the shown one. */
  setContact(contact: Contact): void;
}

/**
 * The contact behind a conversation (`GET /conversations/{id}/contact`) and their conversations
 * (`GET /contacts/{id}/conversations`), read again whenever `refresh` changes (the panel's
 * periodic read): a visitor who identifies mid-chat appears without reopening it.
 */
export function useConversationContact(conversationId: string, refresh: number): ConversationContact {
  const rest = useRestClient();
  const [contact, setContact] = useState<Contact | null | undefined>(undefined);
  const [conversations, setConversations] = useState<Conversation[] | null>(null);
  useEffect(() => {
    setContact(undefined);
    setConversations(null);
  }, [conversationId]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const found = await rest<{ contact: Contact | null }>('GET', `/conversations/${encodeURIComponent(conversationId)}/contact`);
      if (!live || !found.ok) return;
      setContact(found.data.contact);
      if (!found.data.contact) return setConversations(null);
      const list = await rest<{ conversations: Conversation[] }>('GET', `/contacts/${encodeURIComponent(found.data.contact.id)}/conversations?limit=50`);
      if (live && list.ok) setConversations(list.data.conversations);
    })();
    return () => void (live = false);
  }, [rest, conversationId, refresh]);
  return { contact, conversations, setContact };
}
