import { useEffect, useRef, useState } from 'preact/hooks';
import { TYPING_STALE_MS } from '@parley/shared';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';

/**
 * The conversations whose visitor is typing now (the server sends visitors' `typing` to the
 * whole workspace). A notice not renewed within shared's `TYPING_STALE_MS` ends, so a lost
 * `typing: false` never leaves "Typing…" forever.
 */
export function useVisitorTyping(socket: ConsoleSocket): ReadonlySet<string> {
  const [typing, setTyping] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const set = (conversationId: string, on: boolean) => {
    clearTimeout(timers.current.get(conversationId));
    timers.current.delete(conversationId);
    if (on) timers.current.set(conversationId, setTimeout(() => set(conversationId, false), TYPING_STALE_MS));
    setTyping((current) => {
      if (current.has(conversationId) === on) return current;
      const next = new Set(current);
      if (on) next.add(conversationId);
      else next.delete(conversationId);
      return next;
    });
  };
  useSocketEvent(socket, 'typing', (notice) => notice.who.type === 'visitor' && set(notice.conversationId, notice.typing));
  // A message from the visitor ends their typing.
  useSocketEvent(socket, 'conversation:updated', (c) => c.lastMessage?.authorType === 'visitor' && set(c.id, false));
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  return typing;
}
