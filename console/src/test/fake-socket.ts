import type { Ack } from '@parley/shared';
import type { ConsoleSocket, ConsoleSocketEvents } from '../realtime/console-socket.js';

type Listener = (...args: never[]) => void;
type CommandHandler = (payload: never) => Ack<unknown> | Promise<Ack<unknown>>;

/**
 * An in-memory stand-in for the console's socket, for component tests only: the test plays
 * the server (answers commands, pushes events, drops and restores the connection). Real
 * sockets against the real server are exercised by the end-to-end tests.
 */
export class FakeSocket implements ConsoleSocket {
  connected = false;
  active = true;
  connectCalls = 0;
  disconnectCalls = 0;
  /** Every command sent, in order. */
  readonly commands: Array<{ event: string; payload: unknown }> = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly handlers = new Map<string, CommandHandler>();
  private readonly awaitingAck = new Set<(error: Error) => void>();

  on<E extends keyof ConsoleSocketEvents>(event: E, listener: ConsoleSocketEvents[E]): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener as Listener);
    return this;
  }

  off<E extends keyof ConsoleSocketEvents>(event: E, listener: ConsoleSocketEvents[E]): this {
    this.listeners.get(event)?.delete(listener as Listener);
    return this;
  }

  /** Hints without an ack (typing, conversation:read), kept apart from the commands. */
  readonly hints: Array<{ event: string; payload: unknown }> = [];

  emit(event: string, payload: unknown): this {
    this.hints.push({ event, payload });
    return this;
  }

  connect(): this {
    this.connectCalls++;
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.disconnectCalls++;
    this.active = false;
    if (this.connected) this.drop('io client disconnect');
    return this;
  }

  timeout(_ms: number) {
    return {
      emitWithAck: async (event: string, payload: unknown): Promise<unknown> => {
        this.commands.push({ event, payload });
        // socket.io rejects an ack with a timeout when the connection is gone.
        if (!this.connected) throw new Error('socket has been disconnected');
        const handler = this.handlers.get(event);
        if (!handler) throw new Error(`operation has timed out (no answer for ${event})`);
        // Like socket.io, an ack still awaited when the connection drops is rejected.
        return new Promise((resolve, reject) => {
          this.awaitingAck.add(reject);
          Promise.resolve(handler(payload as never)).then(
            (ack) => {
              if (this.awaitingAck.delete(reject)) resolve(ack);
            },
            (error: Error) => {
              if (this.awaitingAck.delete(reject)) reject(error);
            },
          );
        });
      },
    };
  }

  /** How the "server" answers a command; an answer may be a promise the test resolves later. */
  answer<T>(event: string, handler: (payload: any) => Ack<T> | Promise<Ack<T>>): this {
    this.handlers.set(event, handler as CommandHandler);
    return this;
  }

  /** Pushes a server event (or a socket.io reserved one) to the listeners. */
  fire<E extends keyof ConsoleSocketEvents>(event: E, ...args: Parameters<ConsoleSocketEvents[E]>): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }

  /** The connection comes up (first time or again). */
  open(): void {
    this.connected = true;
    this.active = true;
    this.fire('connect');
  }

  /** The connection goes away, as socket.io reports it. */
  drop(reason = 'transport close'): void {
    this.connected = false;
    for (const reject of this.awaitingAck) reject(new Error('socket has been disconnected'));
    this.awaitingAck.clear();
    this.fire('disconnect', reason);
  }

  sentOf(event: string): unknown[] {
    return this.commands.filter((c) => c.event === event).map((c) => c.payload);
  }
}

/** A promise with its resolve exposed: lets a test decide when the "server" answers. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
