import { TypingSender, TYPING_STALE_MS, type ConversationViewers, type Message, type ReadNotice, type TypingNotice } from '@parley/shared';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';


export interface LiveState {
  /** The visitor typing now, with their draft when the site has sneak peek on. */
  visitor: { name: string | null; draft: string | null } | null;
  /** Colleagues who have this conversation open (not me), and whether each is typing. */
  colleagues: { id: string; name: string; typing: boolean }[];
  /** Highest seq the visitor has seen, as pushed live (the conversation carries the stored one). */
  visitorReadSeq: number;
}

/**
 * The live side of one open conversation in the console (issue 13): the visitor's typing and
 * draft, the colleagues viewing or typing here, what the visitor has read; and this agent's own
 * hints: `typing` by the shared throttling rules, `conversation:read` while the pane is visible.
 */
export class LiveConversation {
  readonly state: Store<LiveState> = createStore<LiveState>({ visitor: null, colleagues: [], visitorReadSeq: 0 });
  readonly typing: TypingSender;
  private reported = 0;
  private readonly stale = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly socket: ConsoleSocket,
    readonly conversationId: string,
    private readonly selfId: string,
  ) {
    this.typing = new TypingSender((typing) => this.socket.emit('typing', { conversationId, typing }));
  }

  start(): void {
    this.socket.on('typing', this.onTyping);
    this.socket.on('conversation:read', this.onRead);
    this.socket.on('conversation:viewers', this.onViewers);
    this.socket.on('message:new', this.onMessage);
    this.socket.on('connect', this.onConnect);
  }

  stop(): void {
    this.typing.stop();
    for (const timer of this.stale.values()) clearTimeout(timer);
    this.socket.off('typing', this.onTyping);
    this.socket.off('conversation:read', this.onRead);
    this.socket.off('conversation:viewers', this.onViewers);
    this.socket.off('message:new', this.onMessage);
    this.socket.off('connect', this.onConnect);
  }

  /** The agent has messages up to `seq` on screen: reported once per new highest seq, only while the page is visible. */
  reportRead(seq: number): void {
    if (seq <= this.reported || !this.socket.connected || document.visibilityState !== 'visible') return;
    this.reported = seq;
    this.socket.emit('conversation:read', { conversationId: this.conversationId, seq });
  }

  // A reconnect is a new session for the server's read mark: report again.
  private readonly onConnect = () => (this.reported = 0);

  private readonly onTyping = (notice: TypingNotice) => {
    if (notice.conversationId !== this.conversationId || notice.who.id === this.selfId) return;
    const key = `${notice.who.type}:${notice.who.id}`;
    clearTimeout(this.stale.get(key));
    if (notice.typing) this.stale.set(key, setTimeout(() => this.onTyping({ ...notice, typing: false }), TYPING_STALE_MS));
    if (notice.who.type === 'visitor') {
      this.state.set((s) => ({
        ...s,
        // A relay without a draft keeps the last one (typing is renewed every 2 s, the draft every 300 ms).
        visitor: notice.typing ? { name: notice.who.name, draft: notice.draft ?? s.visitor?.draft ?? null } : null,
      }));
      return;
    }
    this.state.set((s) => {
      const known = s.colleagues.some((c) => c.id === notice.who.id);
      const colleagues = known
        ? s.colleagues.map((c) => (c.id === notice.who.id ? { ...c, typing: notice.typing } : c))
        : notice.typing
          ? [...s.colleagues, { id: notice.who.id, name: notice.who.name ?? '', typing: true }]
          : s.colleagues;
      return { ...s, colleagues };
    });
  };

  private readonly onRead = (notice: ReadNotice) => {
    if (notice.conversationId !== this.conversationId || notice.by !== 'visitor') return;
    this.state.set((s) => (notice.seq > s.visitorReadSeq ? { ...s, visitorReadSeq: notice.seq } : s));
  };

  private readonly onViewers = (viewers: ConversationViewers) => {
    if (viewers.conversationId !== this.conversationId) return;
    this.state.set((s) => ({
      ...s,
      colleagues: viewers.viewers
        .filter((v) => v.id !== this.selfId)
        .map((v) => ({ ...v, typing: s.colleagues.find((c) => c.id === v.id)?.typing ?? false })),
    }));
  };

  // Their line arrived: they are done typing it.
  private readonly onMessage = (message: Message) => {
    if (message.conversationId !== this.conversationId) return;
    if (message.author.type === 'visitor') this.state.set((s) => (s.visitor ? { ...s, visitor: null } : s));
    else if (message.author.id) this.state.set((s) => ({ ...s, colleagues: s.colleagues.map((c) => (c.id === message.author.id ? { ...c, typing: false } : c)) }));
  };
}
