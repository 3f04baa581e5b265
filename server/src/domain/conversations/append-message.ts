import { nanoid } from 'nanoid';
import { translateRouting, type Conversation, type Locale, type Message, type MessageAuthor, type RoutingKey } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { StoredAttachment } from '../../store/live-port.js';
import type { WritableBy } from '../../store/append-condition.js';
import type { DomainEvents } from '../events.js';

export interface AppendInput {
  clientId: string;
  text: string;
  internal: boolean;
  /** Files checked by the files service (conversation-live/files-service.ts). */
  attachments?: StoredAttachment[];
  /** Store it only while the conversation is still writable by the author (see the store port). */
  writableBy?: WritableBy;
  /** A whisper's agent; only with `internal: true` (whisper-rules.ts). */
  whisperTo?: string;
}

/**
 * Stores a message (de-duplicated by clientId) and, when it is new, tells subscribers: the
 * one path every message takes, whoever writes it. `origin` names the connection that sent it
 * (it has the message from its ack already, so the broadcast skips it).
 */
export async function appendAndAnnounce(
  store: Store,
  events: DomainEvents,
  conversationId: string,
  author: MessageAuthor,
  input: AppendInput,
  at: number,
  origin?: string,
  /** Signs the links of a message's attachments before it is announced (and returned). */
  present: (message: Message) => Message = (m) => m,
): Promise<{ message: Message; conversation: Conversation }> {
  const stored = await store.appendMessage({
    id: nanoid(),
    conversationId,
    clientId: input.clientId,
    author,
    text: input.text,
    internal: input.internal,
    ...(input.whisperTo && input.internal ? { whisperTo: input.whisperTo } : {}),
    createdAt: at,
    ...(input.attachments?.length ? { attachments: input.attachments } : {}),
    ...(input.writableBy ? { writableBy: input.writableBy } : {}),
  });
  const { conversation, created } = stored;
  const message = present(stored.message);
  if (created) {
    events.emit('message:new', { message, conversation, ...(origin ? { origin } : {}) });
    events.emit('conversation:updated', { conversation, change: 'message' });
  }
  return { message, conversation };
}

const systemAuthor: MessageAuthor = { type: 'system', id: null, name: null };

/** A system line in the conversation's language (transfers, acknowledgements, idle closes). */
export function appendSystemLine(
  store: Store,
  events: DomainEvents,
  conversation: Pick<Conversation, 'id' | 'locale'>,
  text: { key: RoutingKey; params?: Record<string, string | number> } | { text: string },
  at: number,
): Promise<{ message: Message; conversation: Conversation }> {
  const locale = (conversation.locale ?? 'en') as Locale;
  const body = 'text' in text ? text.text : translateRouting(locale, text.key, text.params);
  return appendAndAnnounce(store, events, conversation.id, systemAuthor, { clientId: `system-${nanoid()}`, text: body, internal: false }, at);
}

/** An internal note (a transfer's note for the receiver). */
export function appendNote(
  store: Store,
  events: DomainEvents,
  conversationId: string,
  author: MessageAuthor,
  text: string,
  at: number,
): Promise<{ message: Message; conversation: Conversation }> {
  return appendAndAnnounce(store, events, conversationId, author, { clientId: `note-${nanoid()}`, text, internal: true }, at);
}
