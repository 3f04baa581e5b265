import type { BusinessHours, ConversationEvent, ConversationEventKind, Department } from '@parley/shared';

/** Documents of the routing collections and their mapping to domain objects. */

export interface DepartmentDoc {
  _id: string;
  workspaceId: string;
  name: string;
  escalatesToId: string | null;
  hours: BusinessHours | null;
  memberIds: string[];
  createdAt: number;
}
export const departmentToDoc = (d: Department): DepartmentDoc => ({
  _id: d.id,
  workspaceId: d.workspaceId,
  name: d.name,
  escalatesToId: d.escalatesToId,
  hours: d.hours,
  memberIds: [...d.memberIds],
  createdAt: d.createdAt,
});
export const departmentFromDoc = (d: DepartmentDoc): Department => ({
  id: d._id,
  workspaceId: d.workspaceId,
  name: d.name,
  escalatesToId: d.escalatesToId ?? null,
  hours: d.hours ?? null,
  memberIds: [...(d.memberIds ?? [])],
  createdAt: d.createdAt,
});

/** Events get MongoDB's own ObjectId `_id`: its order breaks ties between events of one millisecond. */
export interface ConversationEventDoc {
  conversationId: string;
  workspaceId: string;
  siteId: string;
  kind: string;
  at: number;
  agentId: string | null;
  departmentId: string | null;
  data: ConversationEvent['data'];
}
export const eventToDoc = (e: ConversationEvent): ConversationEventDoc => ({ ...e, data: { ...e.data } });
export const eventFromDoc = (d: ConversationEventDoc): ConversationEvent => ({
  conversationId: d.conversationId,
  workspaceId: d.workspaceId,
  siteId: d.siteId,
  kind: d.kind as ConversationEventKind,
  at: d.at,
  agentId: d.agentId ?? null,
  departmentId: d.departmentId ?? null,
  data: { ...(d.data ?? {}) },
});
