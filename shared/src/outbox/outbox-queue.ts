/** An entry waiting to be sent. Its clientId names it here and at the server, which de-duplicates by it. */
export interface OutboxEntry {
  clientId: string;
}

/**
 * What became of one send: `'sent'` (stored: it leaves the outbox), `'retry'` (it may pass
 * later: it stays, and its lane waits for the retry timer or the next `flush`), or the entry to
 * keep in its place (marked failed for good, or rerouted), after which the lane goes on.
 */
export type SendOutcome<T> = 'sent' | 'retry' | T;

/** Where the entries live: the host keeps them (localStorage, a store) and renders them. */
export interface OutboxStorage<T> {
  get(): readonly T[];
  set(entries: readonly T[]): void;
}

export interface OutboxQueueOptions<T extends OutboxEntry> {
  storage: OutboxStorage<T>;
  /** Sends one entry and says what became of it; never throws (a timeout is a `'retry'`). */
  send(entry: T): Promise<SendOutcome<T>>;
  /** Whether anything may be sent now (connected, caught up). */
  canSend(): boolean;
  /** False for entries refused for good ("Not sent"): they stay, unsent, until the user removes them. */
  sendable(entry: T): boolean;
  /** The queue an entry waits in; each lane sends one at a time, in order. One lane by default. */
  laneOf?(entry: T): string;
  retryMs: number;
}

/** The queue's handle; `createOutboxQueue` makes one. */
export interface OutboxQueue<T extends OutboxEntry> {
  /** Appends an entry and sends its lane. */
  add(entry: T): Promise<void>;
  /** Drops an entry (stored elsewhere, or removed by the user); absent ones change nothing. */
  remove(clientId: string): void;
  /** Sends every lane that has something to send: after a (re)connect, or when a retry is due. */
  flush(): Promise<void>;
  /** Resumes after `stop`. */
  start(): void;
  /** Sends nothing more and cancels pending retries; the entries stay where they are kept. */
  stop(): void;
}

/**
 * The pending-send queue of the widget and the console. An entry leaves it only when the server
 * stored it (or the host saw its stored copy), so nothing unacknowledged is lost; a lane sends
 * one entry at a time in the order written, and a clientId is never in flight twice, so a retry
 * after a reconnect can only repeat what the server de-duplicates anyway. A closure rather than
 * a class: the widget carries it, and a minifier shortens local names but not property names.
 * @example const queue = createOutboxQueue({ storage, send, canSend: () => socket.connected, sendable: (e) => !e.failed, retryMs: 3000 });
 */
export function createOutboxQueue<T extends OutboxEntry>(options: OutboxQueueOptions<T>): OutboxQueue<T> {
  const { storage } = options;
  const running = new Set<string>();
  const inFlight = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;
  const laneOf = (entry: T) => options.laneOf?.(entry) ?? '';

  const remove = (clientId: string) => {
    const entries = storage.get();
    if (entries.some((e) => e.clientId === clientId)) storage.set(entries.filter((e) => e.clientId !== clientId));
  };

  const retryLater = (lane: string) => {
    clearTimeout(timers.get(lane));
    timers.set(
      lane,
      setTimeout(() => {
        timers.delete(lane);
        void pump(lane);
      }, options.retryMs),
    );
  };

  const pump = async (lane: string): Promise<void> => {
    if (running.has(lane)) return; // the running loop picks up what was added
    running.add(lane);
    try {
      while (!stopped && options.canSend()) {
        const entry = storage.get().find((e) => laneOf(e) === lane && options.sendable(e) && !inFlight.has(e.clientId));
        if (!entry) return;
        inFlight.add(entry.clientId);
        let outcome: SendOutcome<T>;
        try {
          outcome = await options.send(entry);
        } finally {
          inFlight.delete(entry.clientId);
        }
        if (outcome === 'retry') {
          // Keep the order: nothing behind it goes first. A reconnect flushes sooner.
          retryLater(lane);
          return;
        }
        if (outcome === 'sent') remove(entry.clientId);
        else {
          const kept = outcome;
          storage.set(storage.get().map((e) => (e.clientId === entry.clientId ? kept : e)));
        }
      }
    } finally {
      running.delete(lane);
    }
  };

  return {
    add(entry) {
      storage.set([...storage.get(), entry]);
      return pump(laneOf(entry));
    },
    remove,
    flush() {
      const lanes = new Set(storage.get().map(laneOf));
      return Promise.all([...lanes].map(pump)).then(() => undefined);
    },
    start() {
      stopped = false;
    },
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
