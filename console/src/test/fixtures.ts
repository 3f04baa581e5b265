import type { Agent, Conversation, Message } from '@parley/shared';

/** Builders for test data: every field a real server sends, overridable where a test cares. */
export const agent: Agent = {
  id: 'agent-me',
  workspaceId: 'ws-1',
  email: 'agent@demo.test',
  name: 'Demo Agent',
  role: 'admin',
  capacity: 5,
  createdAt: 1_700_000_000_000,
};

export function conversation(overrides: Partial<Conversation> & { id: string }): Conversation {
  return {
    workspaceId: 'ws-1',
    siteId: 'site-1',
    visitorId: `vis${overrides.id}`,
    status: 'waiting',
    assigneeId: null,
    lastSeq: 1,
    lastMessage: { text: `hello from ${overrides.id}`, authorType: 'visitor', createdAt: overrides.updatedAt ?? 1_000 },
    createdAt: 1_000,
    updatedAt: 1_000,
    closedAt: null,
    ...overrides,
  };
}

export function message(conversationId: string, seq: number, overrides: Partial<Message> = {}): Message {
  return {
    id: `${conversationId}-m${seq}`,
    conversationId,
    seq,
    clientId: `client-${conversationId}-${seq}`,
    author: { type: 'visitor', id: 'visitor-1', name: null },
    text: `message ${seq}`,
    internal: false,
    createdAt: 1_700_000_000_000 + seq * 1000,
    ...overrides,
  };
}
