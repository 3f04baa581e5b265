import { nanoid } from 'nanoid';
import {
  ErrorCode,
  PROTOCOL_VERSION,
  createOutboxQueue,
  highestSeq,
  limits,
  mergeTranscript,
  unsent,
  visitorCommand,
  type AckOf,
  type Message,
  type OutboxQueue,
  type PayloadOf,
  type SendOutcome,
  type VisitorClientToServerEvents,
  type VisitorConversation,
  type VisitorSession,
} from '@parley/shared';
import { safeStorage, storageKey } from '../../storage-keys.js';
import type { ChatState } from './chat-state.js';
import { keepConnected } from './keep-connected.js';
import { loadOutbox, saveOutbox, type OutboxItem } from './outbox.js';
import { loadProactive, saveProactive } from './proactive-message.js';
import { countUnread, loadSeen, saveSeen, type SeenMark } from './unread.js';
import type { HandshakeAuth, SocketFactory, VisitorSocket } from './visitor-socket.js';

/** How long a command waits for its ack before it counts as `unavailable` (kept for a retry). */
export const COMMAND_TIMEOUT_MS = 10_000;
/** A refusal that may pass (rate limit, server busy) is retried after this, with the same clientId. */
export const RETRY_MS = 3_000;

export interface ChatClientOptions {
  siteKey: string;
  open: boolean;
  createSocket: SocketFactory;
  /** A new message from an agent or a bot, as it arrives (not the history loaded at start). */
  onAgentMessage?: (message: Message) => void;
  win?: Window;
}

/**
 * The visitor's side of the chat, without UI: the socket, the transcript, the outbox and the
 * unread count. Every message is written to the outbox first and leaves it only when the server
 * acknowledged it (or its echo arrived), so nothing typed is lost to a reload or a dead network,
 * and the server's de-duplication by clientId makes each re-send safe.
 */
export class ChatClient {
  state: ChatState;
  /** Its socket, for on-demand parts of the panel that listen to it (routing's queue place). */
  readonly socket: VisitorSocket;
  private readonly win: Window;
  private readonly listeners = new Set<() => void>();
  private seen: SeenMark | null;
  /** True between a connection's catch-up and its end: only then may the outbox be sent. */
  private synced = false;
  /** Sends the outbox in order, one at a time, while connected and caught up. */
  private readonly outbox: OutboxQueue<OutboxItem> = createOutboxQueue<OutboxItem>({
    storage: { get: () => this.state.outbox, set: (outbox) => this.setOutbox(outbox) },
    send: (item) => this.sendItem(item),
    canSend: () => this.synced && this.socket.connected,
    sendable: (item) => !item.failed,
    retryMs: RETRY_MS,
  });
  private stopKeeping: () => void = () => {};

  /** Public for the on-demand parts (uploads read the site key's token). */
  constructor(readonly options: ChatClientOptions) {
    this.win = options.win ?? window;
    this.seen = loadSeen(options.siteKey);
    this.state = {
      open: options.open,
      online: this.win.navigator.onLine,
      connection: 'connecting',
      site: null,
      conversation: null,
      messages: [],
      outbox: loadOutbox(options.siteKey),
      unread: 0,
      proactive: loadProactive(options.siteKey),
      availability: null,
      departmentId: null,
      offlineForm: 'idle',
    };
    this.socket = options.createSocket(() => this.auth());
    this.listen();
  }

  start(): void {
    this.stopKeeping = keepConnected(this.socket, this.win, {
      setConnection: (connection) => this.commit({ connection }),
      setOnline: (online) => this.commit({ online }),
      forgetToken: () => safeStorage.set(storageKey(this.options.siteKey, 'token'), null),
    });
    this.socket.connect();
  }

  stop(): void {
    this.stopKeeping();
    this.outbox.stop();
    this.socket.disconnect();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  setOpen(open: boolean): void {
    // The tracker may have stored a proactive message the visitor just clicked.
    this.commit(open ? { open, proactive: loadProactive(this.options.siteKey) } : { open });
    if (open) void this.refreshAvailability();
  }

  /** Queues a message for sending; `false` when there is nothing to send. */
  send(text: string, attachments?: string[]): boolean {
    const trimmed = text.trim();
    if (!trimmed) return false;
    const conversation = this.state.conversation;
    const item: OutboxItem = { clientId: nanoid(), text: trimmed.slice(0, limits.messageText), createdAt: Date.now(), attachments };
    // After a close the next message starts a new conversation: the server opens one when none is named.
    if (conversation && conversation.status !== 'closed') item.conversationId = conversation.id;
    else {
      if (this.state.proactive) item.triggerId = this.state.proactive.id;
      if (this.state.departmentId) item.departmentId = this.state.departmentId;
    }
    void this.outbox.add(item);
    return true;
  }

  /** Any other visitor command on this socket (knowledge-base search, "talk to a person"). */
  command<K extends keyof VisitorClientToServerEvents & string>(
    event: K,
    payload: PayloadOf<VisitorClientToServerEvents[K]>,
  ): Promise<AckOf<VisitorClientToServerEvents[K]>> {
    return visitorCommand(this.socket, event, payload, COMMAND_TIMEOUT_MS);
  }

  /** "Talk to a person": the conversation leaves its bot for the human queue. */
  async askForPerson(): Promise<void> {
    const conversation = this.state.conversation;
    if (!conversation || conversation.status === 'closed') return;
    const ack = await this.command('conversation:handoff', { conversationId: conversation.id });
    if (ack.ok && this.state.conversation?.id === ack.data.id) this.commit({ conversation: ack.data });
  }

  private auth(): HandshakeAuth {
    const token = safeStorage.get(storageKey(this.options.siteKey, 'token'));
    // The browser's language reaches the server as the handshake's Accept-Language.
    return { protocol: PROTOCOL_VERSION, siteKey: this.options.siteKey, ...(token ? { token } : {}) };
  }

  private listen(): void {
    const socket = this.socket;
    socket.on('session', (session) => void this.onSession(session));
    socket.on('disconnect', () => (this.synced = false));
    socket.on('message:new', (message) => this.receive([message], true));
    socket.on('conversation:updated', (conversation) => this.onConversationUpdated(conversation));
  }

  /** Before a first message (or after a close): is anyone there, and which departments are there. */
  private async refreshAvailability(): Promise<void> {
    const conversation = this.state.conversation;
    if (!this.synced || !this.state.open || this.state.outbox.length > 0) return;
    if (conversation && conversation.status !== 'closed') return;
    const ack = await visitorCommand(this.socket, 'site:availability', {}, COMMAND_TIMEOUT_MS);
    if (ack.ok && ack.data) this.commit({ availability: ack.data });
  }

  private async onSession(session: VisitorSession): Promise<void> {
    safeStorage.set(storageKey(this.options.siteKey, 'token'), session.token);
    this.commit({ site: session.site, live: session.live });
    await this.catchUp();
    if (!this.socket.connected) return;
    this.synced = true;
    await this.outbox.flush();
    await this.refreshAvailability();
  }

  /** First the current conversation; after a reconnect, only what came since the highest seq held. */
  private async catchUp(): Promise<void> {
    const conversation = this.state.conversation;
    if (!conversation) {
      const ack = await visitorCommand(this.socket, 'conversation:current', {}, COMMAND_TIMEOUT_MS);
      if (ack.ok && ack.data) this.adopt(ack.data.conversation, ack.data.messages);
      return;
    }
    for (;;) {
      const afterSeq = highestSeq(this.state.messages);
      const ack = await visitorCommand(this.socket, 'messages:sync', { conversationId: conversation.id, afterSeq }, COMMAND_TIMEOUT_MS);
      if (this.state.conversation?.id !== conversation.id) return; // a new one started meanwhile
      if (!ack.ok) {
        // A fresh visitor token cannot see the old identity's conversation: start from what it can see.
        if (ack.error.code === ErrorCode.forbidden || ack.error.code === ErrorCode.notFound) {
          this.commit({ conversation: null, messages: [] });
          return this.catchUp();
        }
        return;
      }
      this.receive(ack.data.messages, true);
      if (ack.data.messages.length < limits.syncPage) return;
    }
  }

  /** One message of the outbox to the server; what the answer means for it. */
  private async sendItem(item: OutboxItem): Promise<SendOutcome<OutboxItem>> {
    const { clientId, text, conversationId, triggerId, departmentId, attachments } = item;
    // A first message says where it comes from: the site's URL rules may pick its department.
    const start = {
      pageUrl: this.win.location.href.slice(0, 2000),
      ...(triggerId ? { triggerId } : {}),
      ...(departmentId ? { departmentId } : {}),
    };
    const ack = await visitorCommand(
      this.socket,
      'message:send',
      // Absent attachments (undefined) are left out of the JSON.
      conversationId ? { clientId, text, conversationId, attachments } : { clientId, text, attachments, ...start },
      COMMAND_TIMEOUT_MS,
    );
    if (ack.ok) {
      this.receive([ack.data], false);
      return 'sent';
    }
    const code = ack.error.code;
    const gone = code === ErrorCode.forbidden || code === ErrorCode.notFound;
    // Written in a conversation this identity cannot reach any more: start a new one.
    if (gone && conversationId) return { ...item, conversationId: undefined };
    if (gone || code === ErrorCode.badRequest || code === ErrorCode.payloadTooLarge) return { ...item, failed: true };
    // unavailable (also a timeout), rate_limited, internal: the same clientId goes again later.
    return 'retry';
  }

  /** Messages from the server, whatever the path (ack, echo, catch-up), into the transcript. */
  private receive(incoming: readonly Message[], announce: boolean): void {
    if (!incoming.length) return;
    let { conversation, messages } = this.state;
    const held = new Set(messages.flatMap((m) => [m.id, m.clientId]));
    for (const message of incoming) {
      if (conversation?.id !== message.conversationId) {
        // The first message, or the first of a new conversation after a close: the old
        // transcript leaves the panel, as it will after a reload.
        conversation = { id: message.conversationId, status: 'waiting', lastSeq: 0, createdAt: message.createdAt, closedAt: null };
        messages = [];
        held.clear();
      }
      conversation = { ...conversation, lastSeq: Math.max(conversation.lastSeq, message.seq) };
      messages = mergeTranscript(messages, [message]);
    }
    this.commit({ conversation, messages, outbox: this.undelivered(messages) });
    if (!announce) return;
    for (const message of incoming) {
      if (message.author.type !== 'visitor' && !held.has(message.id)) this.options.onAgentMessage?.(message);
    }
  }

  private adopt(conversation: VisitorConversation, list: readonly Message[]): void {
    const same = this.state.conversation?.id === conversation.id;
    const messages = mergeTranscript(same ? this.state.messages : [], list);
    this.commit({ conversation, messages, outbox: this.undelivered(messages) });
  }

  private onConversationUpdated(conversation: VisitorConversation): void {
    if (this.state.conversation?.id === conversation.id) this.commit({ conversation });
    // Another tab started a new one: its messages follow through message:new.
    else this.commit({ conversation, messages: [] });
  }

  /** A stored copy replaces its pending one: the outbox keeps only what the server has not stored. */
  private undelivered(messages: readonly Message[]): readonly OutboxItem[] {
    const outbox = unsent(this.state.outbox, messages);
    if (outbox !== this.state.outbox) saveOutbox(this.options.siteKey, outbox);
    return outbox;
  }

  /** Drops a message the server refused for good ("Not sent"); one still being sent stays. */
  removeUnsent(clientId: string): void {
    if (this.state.outbox.some((i) => i.clientId === clientId && i.failed)) this.outbox.remove(clientId);
  }

  /** "Retry" on a message marked not sent: it goes again, with the same clientId (the server de-duplicates). */
  retryUnsent(clientId: string): void {
    this.setOutbox(
      this.state.outbox.map((item) => {
        if (item.clientId !== clientId) return item;
        const { failed: _, ...again } = item;
        return again;
      }),
    );
    void this.outbox.flush();
  }

  private setOutbox(outbox: readonly OutboxItem[]): void {
    saveOutbox(this.options.siteKey, outbox);
    this.commit({ outbox });
  }

  /**
   * The one place state changes: keeps the unread count and the loader's storage keys in step.
   * Public for the panel's on-demand parts, which keep their state here (routing's form).
   */
  commit(patch: Partial<ChatState>): void {
    const next = { ...this.state, ...patch };
    // A conversation going on: the proactive message is in its transcript now, or was never answered.
    if (next.proactive && next.conversation && next.conversation.status !== 'closed') {
      next.proactive = null;
      saveProactive(this.options.siteKey, null);
    }
    const id = next.conversation?.id ?? null;
    if (patch.conversation !== undefined) {
      safeStorage.set(storageKey(this.options.siteKey, 'conversation'), id && next.conversation?.status !== 'closed' ? id : null);
    }
    if (next.open && id) {
      const seq = highestSeq(next.messages);
      if (this.seen?.conversationId !== id || this.seen.seq !== seq) {
        this.seen = { conversationId: id, seq };
        saveSeen(this.options.siteKey, this.seen);
      }
    }
    next.unread = next.open ? 0 : countUnread(id, next.messages, this.seen);
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
