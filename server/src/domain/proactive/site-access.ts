import { ErrorCode, type AgentRole, type Site } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';

/** An agent as proactive chat's admin operations see them. */
export interface ProactiveActor {
  agentId: string;
  workspaceId: string;
  name: string;
  role: AgentRole;
}

/** The site, when it belongs to the actor's workspace; `not_found` otherwise (an id tells nothing). */
export async function siteOfActor(store: Store, actor: ProactiveActor, siteId: string): Promise<Site> {
  const site = await store.getSite(siteId);
  if (!site || site.workspaceId !== actor.workspaceId) throw notFound('site');
  return site;
}

/** Rules and announcements change what every visitor sees: admins and supervisors only. */
export function assertCanManage(actor: ProactiveActor): void {
  if (actor.role === 'agent') throw new AppError(ErrorCode.forbidden, 'only admins and supervisors manage triggers and announcements');
}
