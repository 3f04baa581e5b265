import { useEffect, useMemo } from 'preact/hooks';
import type { Message } from '@parley/shared';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useStore } from '../state/use-store.js';
import { ConversationController, type ConversationState } from './conversation-controller.js';
import { Outbox, type OutgoingMessage } from './outbox.js';

/** The open conversation's state and controller, plus its replies still on their way. */
export function useConversation(
  socket: ConsoleSocket,
  outbox: Outbox,
  conversationId: string,
): { controller: ConversationController; state: ConversationState; outgoing: readonly OutgoingMessage[] } {
  const controller = useMemo(() => new ConversationController(socket, conversationId), [socket, conversationId]);
  useEffect(() => {
    controller.start();
    // An acked reply shows at once (its live echo may come later, or first: seq dedupes either way).
    const unsubscribe = outbox.onStored((message) => controller.addMessages([message]));
    return () => {
      unsubscribe();
      controller.stop();
    };
  }, [controller, outbox]);
  const state = useStore(controller.state);
  const queued = Outbox.of(useStore(outbox.items), conversationId);
  const outgoing = useMemo(() => notYetStored(queued, state.messages), [queued, state.messages]);
  return { controller, state, outgoing };
}

/** A reply echoed live before its ack is already in the transcript: it no longer shows as pending. */
function notYetStored(queued: readonly OutgoingMessage[], messages: readonly Message[]): readonly OutgoingMessage[] {
  if (queued.length === 0) return queued;
  const stored = new Set(messages.map((m) => m.clientId));
  return queued.filter((item) => !stored.has(item.clientId));
}
