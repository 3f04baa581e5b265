import { useEffect, useState } from 'preact/hooks';
import type { ChatClient } from '../chat/chat-client.js';
import type { ChatState } from '../chat/chat-state.js';

/** Re-renders on every state the client commits. */
export function useChatState(client: ChatClient): ChatState {
  const [state, setState] = useState(client.state);
  useEffect(() => {
    const unsubscribe = client.subscribe(() => setState(client.state));
    // A change between the first render and this effect would otherwise be missed.
    setState(client.state);
    return unsubscribe;
  }, [client]);
  return state;
}
