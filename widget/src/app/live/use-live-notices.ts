import { useEffect, useRef, useState } from 'preact/hooks';
import { highestSeq, TYPING_STALE_MS, type Message, type ReadNotice, type TypingNotice } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';


/**
 * The team's side of the live conversation, as the transcript shows it: who is typing now, and
 * the highest seq the team has read ("Seen"), which survives a reload because the conversation
 * carries it (`agentReadSeq`) and is raised live by `conversation:read`. It also reports what the
 * visitor has seen, while the panel is open and the page visible.
 */
export function useLiveNotices(client: ChatClient, messages: readonly Message[], open: boolean): { typing: TypingNotice | null; readSeq: number } {
  const [typing, setTyping] = useState<TypingNotice | null>(null);
  const [liveRead, setLiveRead] = useState<ReadNotice | null>(null);
  const reported = useRef<{ id: string; seq: number } | null>(null);
  const conversation = client.state.conversation;

  useEffect(() => {
    const socket = client.socket;
    let stale: ReturnType<typeof setTimeout> | undefined;
    const onTyping = (notice: TypingNotice) => {
      if (notice.conversationId !== client.state.conversation?.id) return;
      clearTimeout(stale);
      setTyping(notice.typing ? notice : null);
      if (notice.typing) stale = setTimeout(() => setTyping(null), TYPING_STALE_MS);
    };
    const onRead = (notice: ReadNotice) => notice.by === 'agent' && setLiveRead(notice);
    // Their line arrived: they are done typing it.
    const onMessage = (message: Message) => setTyping((now) => (now?.who.id === message.author.id ? null : now));
    socket.on('typing', onTyping);
    socket.on('conversation:read', onRead);
    socket.on('message:new', onMessage);
    return () => {
      clearTimeout(stale);
      socket.off('typing', onTyping);
      socket.off('conversation:read', onRead);
      socket.off('message:new', onMessage);
    };
  }, [client]);

  // Seen by the visitor: reported once per change of the highest seq, only while it shows.
  useEffect(() => {
    const report = () => {
      const id = client.state.conversation?.id;
      const seq = highestSeq(messages);
      if (!id || !seq || !open || document.visibilityState !== 'visible') return;
      if (reported.current?.id === id && reported.current.seq >= seq) return;
      reported.current = { id, seq };
      client.socket.emit('conversation:read', { conversationId: id, seq });
    };
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, [client, messages, open]);

  const readSeq = Math.max(conversation?.agentReadSeq ?? 0, liveRead?.conversationId === conversation?.id ? (liveRead?.seq ?? 0) : 0);
  return { typing: typing?.conversationId === conversation?.id ? typing : null, readSeq };
}
