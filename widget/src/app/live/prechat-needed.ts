import type { ChatState } from '../chat/chat-state.js';

/**
 * Whether the site's pre-chat form is due: it is on, no conversation is going, and some field
 * is still unknown for this visitor (what they gave once is never asked again: the session's
 * `known` lists it).
 */
export function prechatNeeded({ live, conversation, prechatDone }: ChatState): boolean {
  const form = live?.prechat;
  if (!form?.enabled || prechatDone || (conversation && conversation.status !== 'closed')) return false;
  return form.fields.some((f) => !form.known.includes(f.id));
}
