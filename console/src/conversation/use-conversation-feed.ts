import { useCallback, useEffect } from 'preact/hooks';
import { agentCommand, limits } from '@parley/shared';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';
import type { ConversationDirectory } from './conversation-directory.js';
import { missedTab, openTab, type ConversationTab } from './conversation-tabs.js';

/**
 * Keeps the directory in step with the server: live `conversation:updated` events, the open
 * tab's list when it is chosen, and fresh lists after every (re)connect, since events sent
 * while we were away are lost.
 */
export function useConversationFeed(socket: ConsoleSocket, directory: ConversationDirectory, activeTab: ConversationTab, agentId: string): void {
  const refresh = useCallback(
    async (tab: ConversationTab) => {
      const limit = limits.listPage;
      const since = directory.mark();
      const ack = await agentCommand(socket, 'conversation:list', { ...tab.query, limit }, COMMAND_TIMEOUT_MS);
      // A failed list leaves what we hold; the next reconnect or tab change asks again.
      if (ack.ok) directory.reconcile((c) => tab.matches(c, agentId), ack.data, ack.data.length < limit, since);
    },
    [socket, directory, agentId],
  );

  useSocketEvent(socket, 'conversation:updated', (conversation) => directory.upsert(conversation));
  useSocketEvent(socket, 'connect', () => {
    void refresh(openTab);
    void refresh(missedTab);
    if (activeTab.id !== openTab.id && activeTab.id !== missedTab.id) void refresh(activeTab);
  });
  useEffect(() => {
    if (socket.connected) void refresh(activeTab);
  }, [socket, refresh, activeTab]);
}
