/** What orders the queue. */
export interface Queued {
  id: string;
  priority?: number;
  queuedAt?: number | null;
  createdAt: number;
}

/**
 * Higher priority first, then the oldest in the queue, then by id so that every process
 * agrees on one order (the stores sort the same way).
 */
export function compareQueue(a: Queued, b: Queued): number {
  return (
    (b.priority ?? 0) - (a.priority ?? 0) ||
    (a.queuedAt ?? a.createdAt) - (b.queuedAt ?? b.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A conversation's queue: its department's, or the shared one when it has none. */
export function queueKey(c: { siteId: string; departmentId?: string | null }): string {
  return `${c.siteId}:${c.departmentId ?? ''}`;
}
