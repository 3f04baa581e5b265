import { agentCommand, contiguousSeq, limits, mergeTranscript, type Conversation, type ErrorBody, type Message } from '@parley/shared';
import { isNewerThan } from './conversation-freshness.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';

export interface ConversationState {
  conversation: Conversation | null;
  /** Stored messages, by seq, each once. */
  messages: readonly Message[];
  loading: boolean;
  /** The last join, claim or close the server refused, for an alert. */
  error: ErrorBody | null;
}

/**
 * One open conversation: joins it, keeps its transcript complete across reconnects, and runs
 * its actions. Replies go through the Outbox, which outlives this view.
 */
export class ConversationController {
  readonly state: Store<ConversationState> = createStore<ConversationState>({
    conversation: null,
    messages: [],
    loading: true,
    error: null,
  });
  private stopped = false;

  constructor(
    private readonly socket: ConsoleSocket,
    readonly conversationId: string,
  ) {}

  start(): void {
    this.socket.on('message:new', this.onMessage);
    this.socket.on('conversation:updated', this.onUpdated);
    this.socket.on('connect', this.onConnect);
    if (this.socket.connected) void this.catchUp();
  }

  stop(): void {
    this.stopped = true;
    this.socket.off('message:new', this.onMessage);
    this.socket.off('conversation:updated', this.onUpdated);
    this.socket.off('connect', this.onConnect);
    if (this.socket.connected) void agentCommand(this.socket, 'conversation:leave', { conversationId: this.conversationId }, COMMAND_TIMEOUT_MS);
  }

  /** Adds messages from any source (snapshot, live, catch-up, an ack); duplicates are dropped (shared mergeTranscript). */
  addMessages(incoming: readonly Message[]): void {
    const mine = incoming.filter((m) => m.conversationId === this.conversationId);
    if (mine.length === 0) return;
    this.state.set((s) => {
      const messages = mergeTranscript(s.messages, mine);
      return messages === s.messages ? s : { ...s, messages };
    });
  }

  async claim(): Promise<void> {
    this.applyResult(await agentCommand(this.socket, 'conversation:claim', { conversationId: this.conversationId }, COMMAND_TIMEOUT_MS));
  }

  async close(): Promise<void> {
    this.applyResult(await agentCommand(this.socket, 'conversation:close', { conversationId: this.conversationId }, COMMAND_TIMEOUT_MS));
  }

  dismissError(): void {
    this.state.set((s) => (s.error ? { ...s, error: null } : s));
  }

  private readonly onMessage = (message: Message) => this.addMessages([message]);

  private readonly onUpdated = (conversation: Conversation) => {
    if (conversation.id === this.conversationId) this.setConversation(conversation);
  };

  // Rooms belong to a connection: after a reconnect the server has forgotten that we joined.
  private readonly onConnect = () => void this.catchUp();

  /** Join (snapshot), then fetch whatever lies beyond it: the rest of a long transcript, or messages missed while away. */
  private async catchUp(): Promise<void> {
    const joined = await agentCommand(this.socket, 'conversation:join', { conversationId: this.conversationId }, COMMAND_TIMEOUT_MS);
    if (this.stopped) return;
    if (!joined.ok) {
      this.state.set((s) => ({ ...s, loading: false, error: joined.error }));
      return;
    }
    this.setConversation(joined.data.conversation);
    this.addMessages(joined.data.messages);
    let afterSeq = contiguousSeq(this.state.get().messages);
    for (;;) {
      const page = await agentCommand(this.socket, 'messages:sync', { conversationId: this.conversationId, afterSeq }, COMMAND_TIMEOUT_MS);
      if (this.stopped || !page.ok) break;
      this.addMessages(page.data.messages);
      const last = page.data.messages.at(-1);
      if (!last || page.data.messages.length < limits.syncPage) break;
      afterSeq = last.seq;
    }
    if (!this.stopped) this.state.set((s) => (s.loading ? { ...s, loading: false } : s));
  }

  private applyResult(ack: { ok: true; data: Conversation } | { ok: false; error: ErrorBody }): void {
    if (ack.ok) this.setConversation(ack.data);
    else this.state.set((s) => ({ ...s, error: ack.error }));
  }

  private setConversation(conversation: Conversation): void {
    this.state.set((s) => (isNewerThan(s.conversation, conversation) ? s : { ...s, conversation, error: null }));
  }
}
