import type { VisitorConversation } from '@parley/shared';

/** A conversation as a visitor may see it: no assignee, department or internal bookkeeping. */
export function toVisitorConversation(c: {
  id: string;
  status: VisitorConversation['status'];
  lastSeq: number;
  createdAt: number;
  closedAt: number | null;
  agentReadSeq?: number;
  rating?: VisitorConversation['rating'];
}): VisitorConversation {
  return {
    id: c.id,
    status: c.status,
    lastSeq: c.lastSeq,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
    // The team's "Seen" and the visitor's own rating; never what the visitor read (that is the agents').
    agentReadSeq: c.agentReadSeq ?? 0,
    rating: c.rating ?? null,
  };
}
