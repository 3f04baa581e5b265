import { useEffect, useMemo } from 'preact/hooks';
import { unsent } from '@parley/shared';
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
  // A reply echoed live before its ack is already in the transcript: it no longer shows as pending.
  const outgoing = useMemo(() => unsent(queued, state.messages), [queued, state.messages]);
  return { controller, state, outgoing };
}

