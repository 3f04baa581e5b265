import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Agent } from '@parley/shared';
import { ConversationView } from '../conversation/conversation-view.js';
import { countConversations, ConversationDirectory, selectConversations } from '../conversation/conversation-directory.js';
import { ConversationList } from '../conversation/conversation-list.js';
import { tabById, waitingTab, type ConversationTabId } from '../conversation/conversation-tabs.js';
import { useConversationFeed } from '../conversation/use-conversation-feed.js';
import { useWaitingTitle } from '../conversation/use-waiting-title.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';
import { RoutingInfo } from '../routing/routing-info.js';
import { useWaitingAlerts } from '../routing/use-waiting-alerts.js';
import { alertableFor, escalatedFor } from '../routing/waiting-alerts.js';
import { useStore } from '../state/use-store.js';
import { useNow } from '../time/use-now.js';
import { useOutbox } from './use-outbox.js';
import { useSelectedConversation } from './use-selected-conversation.js';

/** The list on the left and the chosen conversation on the right (one at a time on a narrow screen). */
export function Inbox({ socket, agent, muted = false }: { socket: ConsoleSocket; agent: Agent; muted?: boolean }) {
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
  const missedCount = useMemo(() => countConversations(all, (c) => c.status === 'closed' && Boolean(c.missed)), [all]);

  // Routing: settings (service levels, alert timings), agents and departments; alerts for waiting chats.
  const [routing] = useState(() => new RoutingInfo(socket));
  const info = useStore(routing.state);
  useSocketEvent(socket, 'connect', () => void routing.refresh());
  useSocketEvent(socket, 'agent:updated', (a) => routing.agentUpdated(a));
  useEffect(() => {
    if (socket.connected) void routing.refresh();
  }, [socket, routing]);
  const me = info.agents.find((a) => a.id === agent.id);
  const waiting = useMemo(() => selectConversations(all, (c) => c.status === 'waiting'), [all]);
  const alertable = useMemo(() => alertableFor(waiting, me), [waiting, me]);
  const repeatSeconds = Math.min(...[...info.settings.values()].map((s) => s.alertRepeatSeconds), 30);
  useWaitingAlerts({ alertable, repeatMs: repeatSeconds * 1000, muted, notificationText: t('console.alert.waiting', { count: alertable.length }) });
  const now = useNow(5000);
  const escalated = escalatedFor(waiting, agent.role, info.settings, now);
  const escalateMinutes = Math.round(Math.min(...[...info.settings.values()].map((s) => s.alertEscalateAfterSeconds), 120) / 60);

  return (
    <div class={`inbox-layout${selectedId ? ' has-selection' : ''}`}>
      {escalated.length > 0 && (
        <p class="escalation-alert" role="alert">
          {t('console.alert.escalated', { minutes: Math.max(1, escalateMinutes) })}
        </p>
      )}
      <ConversationList
        tab={tabId}
        conversations={visible}
        waitingCount={waitingCount}
        missedCount={missedCount}
        settings={info.settings}
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
            routing={info}
            onBack={() => setSelectedId(null)}
          />
        ) : (
          <p class="pick">{t('console.conversation.pick')}</p>
        )}
      </main>
    </div>
  );
}
