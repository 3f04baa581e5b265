import type { Message } from '@parley/shared';
import { safeStorage, storageKey } from '../../storage-keys.js';

/** The last message the visitor had on screen, kept across page views for the launcher's badge. */
export interface SeenMark {
  conversationId: string;
  seq: number;
}

export function loadSeen(siteKey: string): SeenMark | null {
  const raw = safeStorage.get(storageKey(siteKey, 'seen'));
  const at = raw ? raw.lastIndexOf(':') : -1;
  if (!raw || at < 1) return null;
  return { conversationId: raw.slice(0, at), seq: Number(raw.slice(at + 1)) || 0 };
}

export function saveSeen(siteKey: string, mark: SeenMark): void {
  safeStorage.set(storageKey(siteKey, 'seen'), `${mark.conversationId}:${mark.seq}`);
}

/** Messages from agents and bots the visitor has not had on screen yet. */
export function countUnread(conversationId: string | null, messages: readonly Message[], seen: SeenMark | null): number {
  const after = seen && seen.conversationId === conversationId ? seen.seq : 0;
  return messages.filter((m) => m.author.type !== 'visitor' && m.seq > after).length;
}
