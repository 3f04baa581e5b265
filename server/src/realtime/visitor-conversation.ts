import type { VisitorConversation } from '@parley/shared';

/** A conversation as a visitor may see it: no assignee, department or internal bookkeeping. */
export function toVisitorConversation(c: {
  id: string;
  status: VisitorConversation['status'];
  lastSeq: number;
  createdAt: number;
  closedAt: number | null;
}): VisitorConversation {
  return { id: c.id, status: c.status, lastSeq: c.lastSeq, createdAt: c.createdAt, closedAt: c.closedAt };
}
