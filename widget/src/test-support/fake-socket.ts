import type { Ack, Message, VisitorConversation, VisitorSession } from '@parley/shared';
import type { HandshakeAuth, SocketFactory, VisitorSocket } from '../app/chat/visitor-socket.js';

type Listener = (...args: never[]) => void;
/** What a fake server answers a command with; `'timeout'` makes emitWithAck reject as socket.io does. */
export type FakeAnswer = Ack<unknown> | 'timeout';

export const demoSession: VisitorSession = { visitorId: 'v1', token: 'token-1', site: { name: 'Demo shop', locale: null } };

/**
 * A stand-in for a socket.io-client Socket in component tests: records commands, answers them
 * through `answer`, and lets the test play the server (accept, emit, drop). The real socket is
 * exercised against the real server in server/test and test/.
 */
export class FakeSocket implements VisitorSocket {
  connected = false;
  connectCalls = 0;
  auth: (() => HandshakeAuth) | null = null;
  readonly sent: { event: string; payload: unknown }[] = [];
  answer: (event: string, payload: unknown) => FakeAnswer | Promise<FakeAnswer> = () => ({ ok: true, data: null });
  private readonly listeners = new Map<string, Listener[]>();

  /** A SocketFactory handing out this socket and keeping the auth callback for inspection. */
  readonly factory: SocketFactory = (auth) => {
    this.auth = auth;
    return this;
  };

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }

  /** Hints without an ack (typing, conversation:read) are recorded with the commands. */
  emit(event: string, payload: unknown): this {
    this.sent.push({ event, payload });
    return this;
  }

  connect(): this {
    this.connectCalls++;
    return this;
  }

  disconnect(): this {
    if (this.connected) this.drop('io client disconnect');
    return this;
  }

  timeout() {
    return {
      emitWithAck: async (event: string, payload: unknown) => {
        this.sent.push({ event, payload });
        const answer = await this.answer(event, payload);
        if (answer === 'timeout') throw new Error('operation has timed out');
        return answer;
      },
    };
  }

  /** The server accepts the handshake: `connect`, then `session`. */
  accept(session: VisitorSession = demoSession): void {
    this.connected = true;
    this.fire('connect');
    this.fire('session', session);
  }

  drop(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  commands(event: string): unknown[] {
    return this.sent.filter((s) => s.event === event).map((s) => s.payload);
  }
}

/** A message as the server would store it. */
export function message(seq: number, text: string, overrides: Partial<Message> = {}): Message {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientId: `client-${seq}`,
    author: { type: 'agent', id: 'a1', name: 'Mei' },
    text,
    internal: false,
    createdAt: 1_700_000_000_000 + seq,
    ...overrides,
  };
}

export function conversation(overrides: Partial<VisitorConversation> = {}): VisitorConversation {
  return { id: 'c1', status: 'open', lastSeq: 0, createdAt: 1_700_000_000_000, closedAt: null, ...overrides };
}

/**
 * Plays the server's side of `message:send` and `conversation:current` for one visitor:
 * stores in order with seq, opens a conversation when none is open, and returns the stored
 * message for a repeated clientId, as the real server does.
 */
export class FakeVisitorServer {
  conversation: VisitorConversation | null = null;
  messages: Message[] = [];
  private next = 1;

  handle(event: string, payload: unknown): FakeAnswer {
    if (event === 'conversation:current') {
      return { ok: true, data: this.conversation && { conversation: this.conversation, messages: this.messages } };
    }
    if (event === 'messages:sync') {
      const { afterSeq } = payload as { afterSeq: number };
      return { ok: true, data: { messages: this.messages.filter((m) => m.seq > afterSeq) } };
    }
    if (event === 'message:send') {
      const { clientId, text } = payload as { clientId: string; text: string };
      const stored = this.messages.find((m) => m.clientId === clientId);
      if (stored) return { ok: true, data: stored };
      if (!this.conversation || this.conversation.status === 'closed') {
        this.conversation = conversation({ id: `c${this.next++}`, status: 'waiting' });
        this.messages = [];
      }
      const seq = this.messages.length + 1;
      const m = message(seq, text, {
        id: `${this.conversation.id}-m${seq}`,
        conversationId: this.conversation.id,
        clientId,
        author: { type: 'visitor', id: 'v1', name: null },
      });
      this.messages.push(m);
      this.conversation = { ...this.conversation, lastSeq: seq };
      return { ok: true, data: m };
    }
    return { ok: false, error: { code: 'bad_request', message: `unknown ${event}` } };
  }
}
