import { useMemo, useState } from 'preact/hooks';
import type { Agent } from '@parley/shared';
import { ConversationView } from '../conversation/conversation-view.js';
import { countConversations, ConversationDirectory, selectConversations } from '../conversations/conversation-directory.js';
import { ConversationList } from '../conversations/conversation-list.js';
import { tabById, waitingTab, type ConversationTabId } from '../conversations/conversation-tabs.js';
import { useConversationFeed } from '../conversations/use-conversation-feed.js';
import { useWaitingTitle } from '../conversations/use-waiting-title.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useStore } from '../state/use-store.js';
import { useOutbox } from './use-outbox.js';
import { useSelectedConversation } from './use-selected-conversation.js';

/** The list on the left and the chosen conversation on the right (one at a time on a narrow screen). */
export function Inbox({ socket, agent }: { socket: ConsoleSocket; agent: Agent }) {
  const { t } = useI18n();
  const [directory] = useState(() => new ConversationDirectory());
  const [tabId, setTabId] = useState<ConversationTabId>('waiting');
  const [selectedId, setSelectedId] = useSelectedConversation();
  const outbox = useOutbox(socket);
  const tab = tabById(tabId);
  useConversationFeed(socket, directory, tab, agent.id);

  const all = useStore(directory.byId);
  const visible = useMemo(() => selectConversations(all, (c) => tab.matches(c, agent.id)), [all, tab, agent.id]);
  const waitingCount = useMemo(() => countConversations(all, (c) => waitingTab.matches(c, agent.id)), [all, agent.id]);
  useWaitingTitle(waitingCount);

  return (
    <div class={`inbox-layout${selectedId ? ' has-selection' : ''}`}>
      <ConversationList
        tab={tabId}
        conversations={visible}
        waitingCount={waitingCount}
        selectedId={selectedId}
        onTabChange={setTabId}
        onSelect={setSelectedId}
      />
      <main class="conversation-pane">
        {selectedId ? (
          <ConversationView
            key={selectedId}
            socket={socket}
            outbox={outbox}
            agent={agent}
            conversationId={selectedId}
            summary={all.get(selectedId)}
            onBack={() => setSelectedId(null)}
          />
        ) : (
          <p class="pick">{t('console.conversation.pick')}</p>
        )}
      </main>
    </div>
  );
}
