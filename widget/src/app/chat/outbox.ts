import { safeStorage, storageKey } from '../../storage-keys.js';

/** A message the visitor wrote that the server has not acknowledged yet. */
export interface OutboxItem {
  /** nanoid chosen here; the server de-duplicates re-sends by it. */
  clientId: string;
  text: string;
  /** The conversation it was written in; absent when it starts a new one. */
  conversationId?: string;
  /** The proactive message it answers (a new conversation then opens with that message). */
  triggerId?: string;
  /** The department chosen before a first message (pre-chat step). */
  departmentId?: string;
  createdAt: number;
  /** Ids from `POST /api/v1/uploads` (issue 13): the files this message carries. */
  attachments?: string[];
  /** The server refused it for good (`bad_request`): shown as "Not sent", never re-sent. */
  failed?: boolean;
}

/** The outbox kept in localStorage, so reloads and lost connections lose nothing typed. */
export function loadOutbox(siteKey: string): OutboxItem[] {
  const raw = safeStorage.get(storageKey(siteKey, 'outbox'));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    // Another version of the widget, or the page's own scripts, may have written this key.
    return Array.isArray(parsed)
      ? parsed.filter((item: OutboxItem) => typeof item?.clientId === 'string' && typeof item.text === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Writes the outbox; an empty one removes the key, which the loader reads. */
export function saveOutbox(siteKey: string, items: readonly OutboxItem[]): void {
  safeStorage.set(storageKey(siteKey, 'outbox'), items.length ? JSON.stringify(items) : null);
}
