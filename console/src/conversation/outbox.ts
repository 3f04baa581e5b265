import { nanoid } from 'nanoid';
import { agentCommand, ErrorCode, type Message } from '@parley/shared';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';

/** A reply shown before the server has it. Its clientId is kept for retries, so the server can de-duplicate. */
export interface OutgoingMessage {
  clientId: string;
  conversationId: string;
  text: string;
  internal: boolean;
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
 */
export class Outbox {
  readonly items: Store<Items> = createStore<Items>(new Map());
  private readonly storedListeners = new Set<(message: Message) => void>();
  private readonly pumping = new Set<string>();
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(
    private readonly socket: ConsoleSocket,
    private readonly options: { retryMs?: number; now?: () => number } = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.socket.on('connect', this.flush);
  }

  stop(): void {
    this.stopped = true;
    this.socket.off('connect', this.flush);
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
  }

  /** Queues a reply or internal note; it shows as pending at once. */
  send(conversationId: string, text: string, internal: boolean): OutgoingMessage {
    const item: OutgoingMessage = {
      clientId: nanoid(),
      conversationId,
      text,
      internal,
      createdAt: (this.options.now ?? Date.now)(),
      state: 'pending',
    };
    this.update(conversationId, (list) => [...list, item]);
    void this.pump(conversationId);
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

  private readonly flush = () => {
    for (const conversationId of this.items.get().keys()) void this.pump(conversationId);
  };

  private async pump(conversationId: string): Promise<void> {
    if (this.pumping.has(conversationId)) return;
    this.pumping.add(conversationId);
    try {
      while (this.socket.connected && !this.stopped) {
        const item = Outbox.of(this.items.get(), conversationId).find((i) => i.state === 'pending');
        if (!item) return;
        const ack = await agentCommand(
          this.socket,
          'message:send',
          { conversationId, clientId: item.clientId, text: item.text, internal: item.internal },
          COMMAND_TIMEOUT_MS,
        );
        if (ack.ok) {
          this.remove(conversationId, item.clientId);
          for (const listener of this.storedListeners) listener(ack.data);
        } else if (retryable.has(ack.error.code)) {
          // Keep the order: nothing behind it goes first. A reconnect flushes sooner.
          this.retryLater(conversationId);
          return;
        } else {
          this.update(conversationId, (list) =>
            list.map((i) => (i.clientId === item.clientId ? { ...i, state: 'failed', error: ack.error.message } : i)),
          );
        }
      }
    } finally {
      this.pumping.delete(conversationId);
    }
  }

  private retryLater(conversationId: string): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      void this.pump(conversationId);
    }, this.options.retryMs ?? 3000);
    this.retryTimers.add(timer);
  }

  private remove(conversationId: string, clientId: string): void {
    this.update(conversationId, (list) => (list.some((i) => i.clientId === clientId) ? list.filter((i) => i.clientId !== clientId) : list));
  }

  private update(conversationId: string, change: (list: readonly OutgoingMessage[]) => readonly OutgoingMessage[]): void {
    this.items.set((current) => {
      const list = Outbox.of(current, conversationId);
      const next = change(list);
      if (next === list) return current;
      const copy = new Map(current);
      if (next.length === 0) copy.delete(conversationId);
      else copy.set(conversationId, next);
      return copy;
    });
  }
}
