import type { VisitorConversation } from '@parley/shared';

/**
 * A conversation as a visitor may see it: no assignee, department or internal bookkeeping, and
 * counted in the visitor's gap-free numbering (`lastVisitorSeq`, `agentReadVisitorSeq`), never
 * in the agents' seq, whose holes would reveal internal notes.
 */
export function toVisitorConversation(c: {
  id: string;
  status: VisitorConversation['status'];
  lastVisitorSeq?: number;
  createdAt: number;
  closedAt: number | null;
  agentReadVisitorSeq?: number;
  rating?: VisitorConversation['rating'];
}): VisitorConversation {
  return {
    id: c.id,
    status: c.status,
    lastSeq: c.lastVisitorSeq ?? 0,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
    // The team's "Seen" and the visitor's own rating; never what the visitor read (that is the agents').
    agentReadSeq: c.agentReadVisitorSeq ?? 0,
    rating: c.rating ?? null,
  };
}
