import type {
  AgentRole,
  AgentStatus,
  BusinessHours,
  ConversationEvent,
  ConversationEventKind,
  Department,
} from '@parley/shared';
import type { AgentRoutingState } from '../routing-port.js';

/** Row shapes of the routing tables and their mapping to domain objects. */

export interface AgentStateRow {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  role: string;
  capacity: number;
  created_at: number;
  status: string;
  connected: number;
  last_assigned_at: number;
  active_chats: number;
}
export const toAgentState = (r: AgentStateRow, departments: readonly Department[]): AgentRoutingState => ({
  id: r.id,
  workspaceId: r.workspace_id,
  email: r.email,
  name: r.name,
  role: r.role as AgentRole,
  capacity: r.capacity,
  createdAt: r.created_at,
  status: r.status as AgentStatus,
  connected: r.connected === 1,
  activeChats: r.active_chats,
  lastAssignedAt: r.last_assigned_at,
  departmentIds: departments.filter((d) => d.memberIds.includes(r.id)).map((d) => d.id),
});

export interface DepartmentRow {
  id: string;
  workspace_id: string;
  name: string;
  escalates_to_id: string | null;
  hours: string | null;
  member_ids: string;
  created_at: number;
}
export const toDepartment = (r: DepartmentRow): Department => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  escalatesToId: r.escalates_to_id,
  hours: r.hours ? (JSON.parse(r.hours) as BusinessHours) : null,
  memberIds: JSON.parse(r.member_ids) as string[],
  createdAt: r.created_at,
});

export interface EventRow {
  conversation_id: string;
  workspace_id: string;
  site_id: string;
  kind: string;
  at: number;
  agent_id: string | null;
  department_id: string | null;
  data: string;
}
export const toEvent = (r: EventRow): ConversationEvent => ({
  conversationId: r.conversation_id,
  workspaceId: r.workspace_id,
  siteId: r.site_id,
  kind: r.kind as ConversationEventKind,
  at: r.at,
  agentId: r.agent_id,
  departmentId: r.department_id,
  data: JSON.parse(r.data) as ConversationEvent['data'],
});
