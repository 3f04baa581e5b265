import type { ErrorBody, Mention } from '@parley/shared';
import type { RestClient } from '../api/rest-client.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';

export interface MentionFeedState {
  /** Newest first; `null` until the first load answered. */
  mentions: readonly Mention[] | null;
  /** The last load's refusal, shown with Try again. */
  failed: ErrorBody | null;
}

/** How many of the newest mentions the view lists (and counts unread among). */
const PAGE = 100;

/**
 * This agent's mentions for the whole session: loaded on every (re)connect from
 * `GET /mentions`, kept live by `mention:new` (which reaches only this agent's sockets), marked
 * read with `POST /mentions/{id}/read`. `onNew` listeners raise the toast and alerts.
 */
export class MentionFeed {
  readonly state: Store<MentionFeedState> = createStore<MentionFeedState>({ mentions: null, failed: null });
  private readonly listeners = new Set<(mention: Mention) => void>();

  constructor(
    private readonly socket: ConsoleSocket,
    private readonly rest: RestClient,
  ) {}

  start(): () => void {
    const onNew = (mention: Mention) => {
      this.state.set((s) => (s.mentions?.some((m) => m.id === mention.id) ? s : { ...s, mentions: [mention, ...(s.mentions ?? [])] }));
      for (const listener of this.listeners) listener(mention);
    };
    const onConnect = () => void this.refresh();
    this.socket.on('mention:new', onNew);
    this.socket.on('connect', onConnect);
    void this.refresh();
    return () => {
      this.socket.off('mention:new', onNew);
      this.socket.off('connect', onConnect);
    };
  }

  async refresh(): Promise<void> {
    const result = await this.rest<{ mentions: Mention[] }>('GET', `/mentions?limit=${PAGE}`);
    this.state.set((s) => (result.ok ? { mentions: result.data.mentions, failed: null } : { ...s, failed: result.error }));
  }

  /** Marks one read here at once and on the server (a refusal reloads the truth). */
  async markRead(id: string): Promise<void> {
    const now = Date.now();
    this.state.set((s) => ({ ...s, mentions: s.mentions?.map((m) => (m.id === id && m.readAt === null ? { ...m, readAt: now } : m)) ?? null }));
    const result = await this.rest<{ mention: Mention }>('POST', `/mentions/${id}/read`);
    if (!result.ok) await this.refresh();
  }

  onNew(listener: (mention: Mention) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

/** Unread mentions among those loaded. */
export function unreadMentions(state: MentionFeedState): number {
  return state.mentions?.filter((m) => m.readAt === null).length ?? 0;
}
