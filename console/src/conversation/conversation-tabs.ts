import type { Conversation, ConversationListInput, MessageKey, RoutingKey } from '@parley/shared';

/**
 * One inbox view: what to ask the server for, and which known conversations belong to it.
 * `matches` keeps a tab right between fetches as live updates move conversations around;
 * later views (a team's queue, a bot's chats) are one more entry here.
 */
export interface ConversationTab {
  id: string;
  label: MessageKey | RoutingKey;
  query: ConversationListInput;
  matches(conversation: Conversation, agentId: string): boolean;
}

const notClosed = (c: Conversation) => c.status !== 'closed';

export const conversationTabs = [
  {
    id: 'waiting',
    label: 'console.list.waiting',
    query: { status: ['waiting'], offline: false },
    matches: (c) => c.status === 'waiting' && !c.offline,
  },
  {
    id: 'mine',
    label: 'console.list.mine',
    query: { status: ['waiting', 'open'], mine: true },
    matches: (c, agentId) => notClosed(c) && c.assigneeId === agentId,
  },
  {
    id: 'all',
    label: 'console.list.all',
    query: { status: ['waiting', 'open'] },
    matches: notClosed,
  },
  {
    id: 'closed',
    label: 'console.list.closed',
    query: { status: ['closed'] },
    matches: (c) => c.status === 'closed',
  },
  {
    id: 'offline',
    label: 'console.list.offline',
    query: { status: ['waiting', 'open'], offline: true },
    matches: (c) => notClosed(c) && Boolean(c.offline),
  },
  {
    id: 'missed',
    label: 'console.list.missed',
    query: { status: ['closed'], missed: true },
    matches: (c) => c.status === 'closed' && Boolean(c.missed),
  },
] as const satisfies readonly ConversationTab[];

export type ConversationTabId = (typeof conversationTabs)[number]['id'];

/** The tab whose count is shown in its label and the window title. */
export const waitingTab: ConversationTab = conversationTabs[0];
/** Fetched after every (re)connect whatever tab is open: it covers the counts and every open view. */
export const openTab: ConversationTab = conversationTabs[2];
/** Also fetched after every (re)connect: missed chats are counted in their tab. */
export const missedTab: ConversationTab = conversationTabs[5];

export function tabById(id: ConversationTabId): ConversationTab {
  return conversationTabs.find((tab) => tab.id === id) ?? waitingTab;
}
