/** Room names, in one place so the broadcaster and the namespaces agree. */
export const rooms = {
  /** Every socket (tab) of one visitor. */
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  /** Every agent socket of a workspace: list updates. */
  workspace: (workspaceId: string) => `ws:${workspaceId}`,
  /** Agent sockets that opened one conversation: its messages. */
  conversation: (conversationId: string) => `conv:${conversationId}`,
} as const;
