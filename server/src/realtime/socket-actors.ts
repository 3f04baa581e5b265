import type { AgentSocketData, VisitorSocketData } from '@parley/shared';
import type { Actor } from '../domain/conversations/conversation-access.js';

/** The visitor a `/visitor` socket speaks for, as the domain's access rules see them. */
export function visitorActorOf(socket: { id: string; data: VisitorSocketData }): Actor & { kind: 'visitor' } {
  const d = socket.data;
  return { kind: 'visitor', origin: socket.id, visitorId: d.visitorId, siteId: d.siteId, workspaceId: d.workspaceId, name: d.visitorName };
}

/** The agent an `/agent` socket speaks for, as the domain's access rules see them. */
export function agentActorOf(socket: { id: string; data: AgentSocketData }): Actor & { kind: 'agent' } {
  const d = socket.data;
  return { kind: 'agent', origin: socket.id, agentId: d.agentId, workspaceId: d.workspaceId, name: d.agentName, role: d.role };
}
