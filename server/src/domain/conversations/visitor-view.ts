import type { Message } from '@parley/shared';

/**
 * A message as its visitor sees it: numbered by `visitorSeq`, the gap-free count of what a
 * visitor may see, so that no hole in their seqs reveals an internal note (issue 16). Agents and
 * bots keep the conversation's `seq`. Never called on an internal note (visitors never get one);
 * if it were, the message would come out with seq 0 rather than the agents' number.
 */
export function toVisitorMessage(message: Message): Message {
  const { visitorSeq, ...rest } = message;
  return { ...rest, seq: visitorSeq ?? 0 };
}
