import { nanoid } from 'nanoid';
import { agentCommand, ErrorCode, createOutboxQueue, type Message, type OutboxQueue, type SendOutcome } from '@parley/shared';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';

/** A reply shown before the server has it. Its clientId is kept for retries, so the server can de-duplicate. */
export interface OutgoingMessage {
  clientId: string;
  conversationId: string;
  text: string;
  internal: boolean;
  /** Ids from `POST /api/v1/uploads`: the files it carries. */
  attachments?: string[];
  createdAt: number;
  /** `failed` only for refusals a retry cannot fix; a lost connection keeps it pending. */
  state: 'pending' | 'failed';
  error?: string;
}

type Items = ReadonlyMap<string, readonly OutgoingMessage[]>;

/** Codes after which the same message, sent again later, can still succeed. */
const retryable = new Set<string>([ErrorCode.unavailable, ErrorCode.rateLimited]);
const NO_ITEMS: readonly OutgoingMessage[] = [];

/**
 * The agent's unsent replies, per conversation. It outlives the conversation view, so a reply
 * typed just before switching away or losing the connection still goes out: in order, one at a
 * time per conversation, and after every reconnect with the same clientId until it is acked.
 * The sending itself is shared's `createOutboxQueue` (the widget's too); this keeps the replies per
 * conversation for the views and tells the transcript about each stored one.
 */
export class Outbox {
  readonly items: Store<Items> = createStore<Items>(new Map());
  private readonly storedListeners = new Set<(message: Message) => void>();
  private readonly queue: OutboxQueue<OutgoingMessage>;

  constructor(
    private readonly socket: ConsoleSocket,
    private readonly options: { retryMs?: number; now?: () => number } = {},
  ) {
    this.queue = createOutboxQueue<OutgoingMessage>({
      storage: { get: () => [...this.items.get().values()].flat(), set: (list) => this.items.set((current) => byConversation(current, list)) },
      send: (item) => this.deliver(item),
      canSend: () => this.socket.connected,
      sendable: (item) => item.state === 'pending',
      // A conversation's replies keep their order; another conversation's do not wait for them.
      laneOf: (item) => item.conversationId,
      retryMs: this.options.retryMs ?? 3000,
    });
  }

  start(): void {
    this.queue.start();
    this.socket.on('connect', this.flush);
  }

  stop(): void {
    this.queue.stop();
    this.socket.off('connect', this.flush);
  }

  /** Queues a reply or internal note; it shows as pending at once. */
  send(conversationId: string, text: string, internal: boolean, attachments?: string[]): OutgoingMessage {
    const item: OutgoingMessage = {
      clientId: nanoid(),
      conversationId,
      text,
      internal,
      ...(attachments?.length ? { attachments } : {}),
      createdAt: (this.options.now ?? Date.now)(),
      state: 'pending',
    };
    void this.queue.add(item);
    return item;
  }

  /** Pending and failed replies of one conversation, oldest first. */
  static of(items: Items, conversationId: string): readonly OutgoingMessage[] {
    return items.get(conversationId) ?? NO_ITEMS;
  }

  /** Called with every message the server acknowledged, so a transcript can show it before its live echo. */
  onStored(listener: (message: Message) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  private readonly flush = () => void this.queue.flush();

  private async deliver(item: OutgoingMessage): Promise<SendOutcome<OutgoingMessage>> {
    const { conversationId, clientId, text, internal, attachments } = item;
    const ack = await agentCommand(this.socket, 'message:send', { conversationId, clientId, text, internal, ...(attachments ? { attachments } : {}) }, COMMAND_TIMEOUT_MS);
    if (ack.ok) {
      for (const listener of this.storedListeners) listener(ack.data);
      return 'sent';
    }
    if (retryable.has(ack.error.code)) return 'retry';
    return { ...item, state: 'failed', error: ack.error.message };
  }
}

/** The queue's flat list, grouped per conversation; a conversation whose list did not change keeps its array, so its view does not re-render. */
function byConversation(current: Items, list: readonly OutgoingMessage[]): Items {
  const grouped = new Map<string, OutgoingMessage[]>();
  for (const item of list) grouped.set(item.conversationId, [...(grouped.get(item.conversationId) ?? []), item]);
  const next = new Map<string, readonly OutgoingMessage[]>();
  let changed = grouped.size !== current.size;
  for (const [conversationId, items] of grouped) {
    const held = current.get(conversationId);
    const same = held !== undefined && held.length === items.length && held.every((item, i) => item === items[i]);
    next.set(conversationId, same ? held : items);
    if (!same) changed = true;
  }
  return changed ? next : current;
}
