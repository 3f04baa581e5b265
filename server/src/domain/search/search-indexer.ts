import type { Message } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { IndexedMessage } from '../../store/search-port.js';
import type { DomainEventMap, DomainEvents } from '../events.js';
import { messageTerms } from './message-terms.js';

/** Messages are indexed in batches this far behind their delivery, off the sender's path. */
const BATCH_DELAY_MS = 50;
const CATCH_UP_BATCH = 500;

/**
 * Keeps the search index up to date: every stored message (not system lines) is analysed and
 * indexed shortly after `message:new`, in batches, so delivery never waits for it. At start it
 * indexes what was stored but not indexed (a crash in between, or data from before search).
 */
export class SearchIndexer {
  private queue: IndexedMessage[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly onMessage = ({ message, conversation }: DomainEventMap['message:new'][0]) => {
    if (message.author.type === 'system') return;
    this.queue.push(entry(message, conversation.workspaceId));
    this.timer ??= setTimeout(() => void this.flush(), BATCH_DELAY_MS);
  };

  constructor(private readonly deps: { store: Store; events: DomainEvents; log: Logger }) {}

  start(): void {
    this.deps.events.on('message:new', this.onMessage);
    this.writing = this.writing.then(() => this.catchUp()).catch((err: unknown) => this.deps.log.error({ err }, 'search index catch-up failed'));
  }

  /** Writes what is queued; resolves once it is in the index (tests, shutdown). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    this.writing = this.writing
      .then(() => this.deps.store.search.indexMessages(batch))
      // Left for the next start's catch-up: the messages are stored, only their index entry is late.
      .catch((err: unknown) => this.deps.log.error({ err, count: batch.length }, 'could not index messages for search'));
    return this.writing;
  }

  async stop(): Promise<void> {
    this.deps.events.off('message:new', this.onMessage);
    await this.flush();
  }

  private async catchUp(): Promise<void> {
    const workspaceOf = new Map<string, string | null>();
    for (;;) {
      const pending = await this.deps.store.search.unindexedMessages(CATCH_UP_BATCH);
      if (!pending.length) return;
      const entries: IndexedMessage[] = [];
      for (const message of pending) {
        if (!workspaceOf.has(message.conversationId)) {
          workspaceOf.set(message.conversationId, (await this.deps.store.getConversation(message.conversationId))?.workspaceId ?? null);
        }
        const workspaceId = workspaceOf.get(message.conversationId);
        if (workspaceId) entries.push(entry(message, workspaceId));
      }
      if (!entries.length) return;
      await this.deps.store.search.indexMessages(entries);
    }
  }
}

function entry(message: Message, workspaceId: string): IndexedMessage {
  // A whisper is marked indexed with no terms: search would show it to every agent of the workspace.
  const terms = message.whisperTo ? [] : messageTerms(message.text);
  return { messageId: message.id, conversationId: message.conversationId, workspaceId, createdAt: message.createdAt, terms };
}
