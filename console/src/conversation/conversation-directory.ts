import type { Conversation } from '@parley/shared';
import { createStore, type Store } from '../state/store.js';
import { isNewerThan } from './conversation-freshness.js';

type Predicate = (conversation: Conversation) => boolean;

/**
 * Every conversation of the workspace the console knows of, by id. Lists from the server and
 * live `conversation:updated` events both land here; tabs are filtered, sorted views of it.
 */
export class ConversationDirectory {
  readonly byId: Store<ReadonlyMap<string, Conversation>> = createStore<ReadonlyMap<string, Conversation>>(new Map());
  private clock = 0;
  private readonly liveAt = new Map<string, number>();

  /** A point in the directory's history; take one before asking the server for a list. */
  mark(): number {
    return this.clock;
  }

  /** Inserts or replaces one conversation, unless what we hold is newer (a list answer can trail a live event). */
  upsert(conversation: Conversation): void {
    this.liveAt.set(conversation.id, ++this.clock);
    this.byId.set((current) => {
      if (isNewerThan(current.get(conversation.id), conversation)) return current;
      return new Map(current).set(conversation.id, conversation);
    });
  }

  /**
   * Applies a fresh server list for one view, asked for at `since` (from `mark()`): its
   * conversations are upserted, and the ones we hold that belong to the view but are not in a
   * complete list (they changed while we were away) are dropped.
   */
  reconcile(belongs: Predicate, fresh: readonly Conversation[], complete: boolean, since: number): void {
    this.byId.set((current) => {
      const next = new Map(current);
      const freshIds = new Set(fresh.map((c) => c.id));
      // A full page may have left older ones out, and a live event newer than the request is
      // news the list could not hold: only a complete list proves a conversation left the view.
      const proven = (id: string) => complete && (this.liveAt.get(id) ?? 0) <= since;
      for (const [id, held] of current) if (belongs(held) && !freshIds.has(id) && proven(id)) next.delete(id);
      for (const conversation of fresh) if (!isNewerThan(next.get(conversation.id), conversation)) next.set(conversation.id, conversation);
      return next;
    });
  }

  get(id: string): Conversation | undefined {
    return this.byId.get().get(id);
  }
}

/** The conversations matching `belongs`, newest activity first. */
export function selectConversations(all: ReadonlyMap<string, Conversation>, belongs: Predicate): Conversation[] {
  return [...all.values()].filter(belongs).sort(byNewestActivity);
}

export function countConversations(all: ReadonlyMap<string, Conversation>, belongs: Predicate): number {
  let count = 0;
  for (const conversation of all.values()) if (belongs(conversation)) count++;
  return count;
}

function byNewestActivity(a: Conversation, b: Conversation): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
