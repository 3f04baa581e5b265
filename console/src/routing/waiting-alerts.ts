import type { AgentPresence, AgentRole, Conversation, SiteSettings } from '@parley/shared';

/** Waiting chats this agent may take: live chats (not offline messages) of their departments, or of none. */
export function alertableFor(waiting: readonly Conversation[], me: Pick<AgentPresence, 'departmentIds'> | undefined): Conversation[] {
  return waiting.filter(
    (c) => c.status === 'waiting' && !c.assigneeId && !c.offline && (!c.departmentId || (me?.departmentIds ?? []).includes(c.departmentId)),
  );
}

/** Chats that have waited past their site's escalation time: supervisors and admins are alerted. */
export function escalatedFor(
  waiting: readonly Conversation[],
  role: AgentRole,
  settings: ReadonlyMap<string, SiteSettings>,
  now: number,
): Conversation[] {
  if (role === 'agent') return [];
  return waiting.filter((c) => {
    const s = settings.get(c.siteId);
    return c.status === 'waiting' && !c.offline && s !== undefined && now - (c.queuedAt ?? c.createdAt) >= s.alertEscalateAfterSeconds * 1000;
  });
}
