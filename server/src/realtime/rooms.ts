/** Room names, in one place so the broadcaster and the namespaces agree. */
export const rooms = {
  /** Every socket (tab) of one visitor. */
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  /** Every agent socket of a workspace: list updates. */
  workspace: (workspaceId: string) => `ws:${workspaceId}`,
  /** Agent sockets that opened one conversation: its messages. */
  conversation: (conversationId: string) => `conv:${conversationId}`,
  /** Every console socket of one agent, on any server process: presence asks whether it is empty. */
  agent: (agentId: string) => `agent:${agentId}`,
  /** Console sockets of a workspace's supervisors and admins (joined at connection): whispers. */
  supervisors: (workspaceId: string) => `sup:${workspaceId}`,
} as const;
