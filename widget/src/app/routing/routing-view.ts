import type { ChatState } from '../chat/chat-state.js';

/**
 * Whether any of routing's parts may be due: the pre-chat step (several departments) or the
 * leave-a-message form (nobody can answer, or the form is in use). (The queue place is due
 * while the conversation waits: `queue-parts.tsx`.) The panel fetches the on-demand chunk (routing-parts.tsx) the first time it
 * is; the chunk decides exactly what to show (prechat-rules.ts). Kept this small on purpose:
 * it is all of routing's panel logic that every opened widget downloads.
 */
export function routingDue({ conversation: c, availability: a, outbox, offlineForm }: ChatState): boolean {
  const fresh = !(c && c.status !== 'closed') && !outbox.length;
  return offlineForm !== 'idle' || (fresh && !!a && (!a.available || a.departments.length > 1));
}
