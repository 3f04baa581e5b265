import type { Conversation } from '@parley/shared';

/**
 * How many lines the team has not seen yet, from the conversation's stored read marks (issue 13's
 * seen): everything after `agentReadSeq` up to `lastSeq`, counted only when the newest line is
 * the visitor's. When the team wrote last, the conversation waits on the visitor, not on us,
 * whatever the marks say (the agent who replied had seen it).
 * @example unreadCount({ lastSeq: 7, agentReadSeq: 4, lastMessage: { authorType: 'visitor', … } }) // 3
 */
export function unreadCount(conversation: Pick<Conversation, 'lastSeq' | 'agentReadSeq' | 'lastMessage'>): number {
  if (conversation.lastMessage?.authorType !== 'visitor') return 0;
  return Math.max(0, conversation.lastSeq - (conversation.agentReadSeq ?? 0));
}
