import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { agentCommand, type Agent, type Conversation } from '@parley/shared';
import { ConversationView } from '../conversation/conversation-view.js';
import { countConversations, ConversationDirectory, selectConversations } from '../conversation/conversation-directory.js';
import { conversationTabs, tabById, waitingTab, type ConversationTabId } from '../conversation/conversation-tabs.js';
import { useConversationFeed } from '../conversation/use-conversation-feed.js';
import { useWaitingTitle } from '../conversation/use-waiting-title.js';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useVisitorAlerts } from '../notifications/use-visitor-alerts.js';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';
import { RoutingInfo } from '../routing/routing-info.js';
import { useWaitingAlerts } from '../routing/use-waiting-alerts.js';
import { alertableFor, escalatedFor } from '../routing/waiting-alerts.js';
import { NavIcon } from '../shell/nav-icons.js';
import { useShellT } from '../shell/use-shell-t.js';
import { useStore } from '../state/use-store.js';
import { useNow } from '../time/use-now.js';
import { ContactPanel } from './contact-panel.js';
import { focusReply } from './focus-reply.js';
import { InboxList } from './inbox-list.js';
import { MessageAnnouncer } from './message-announcer.js';
import { useInboxShortcuts } from './use-inbox-shortcuts.js';
import { useOutbox } from './use-outbox.js';
import { useSelectedConversation } from './use-selected-conversation.js';
import { useVisitorTyping } from './use-visitor-typing.js';
import { TagFilter } from '../tags/tag-filter.js';
import { useTagsById } from '../tags/tag-catalog.js';
import { useTeamworkT } from '../tags/use-teamwork-t.js';

type Known = { name: string | null; email: string | null };

/**
 * The three panes: the list (views, rows), the open conversation, and the contact panel. Under
 * 1200 px the contact panel is a drawer opened from the conversation's header; under 768 px one
 * pane shows at a time (the conversation has a Back button).
 */
export function Inbox({ socket, agent, muted = false, desktopAlerts = true }: { socket: ConsoleSocket; agent: Agent; muted?: boolean; desktopAlerts?: boolean }) {
  const { t, locale } = useI18n();
  const st = useShellT();
  const [directory] = useState(() => new ConversationDirectory());
  const [tabId, setTabId] = useState<ConversationTabId>('waiting');
  const [selectedId, setSelectedId] = useSelectedConversation();
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [contactOpen, setContactOpen] = useState(false);
  const [known, setKnown] = useState<ReadonlyMap<string, Known>>(new Map());
  const outbox = useOutbox(socket);
  const tab = tabById(tabId);
  useConversationFeed(socket, directory, tab, agent.id);
  const typing = useVisitorTyping(socket);

  const all = useStore(directory.byId);
  // The tag filter narrows whichever view is chosen; the views' counts stay the whole view's.
  const [tagFilter, setTagFilter] = useState<string | null>(null);
  const tagsById = useTagsById();
  const tt = useTeamworkT();
  const visible = useMemo(
    () => selectConversations(all, (c) => tab.matches(c, agent.id) && (!tagFilter || !!c.tagIds?.includes(tagFilter))),
    [all, tab, agent.id, tagFilter],
  );
  const counts = useMemo(() => {
    const out: Partial<Record<ConversationTabId, number>> = {};
    for (const view of conversationTabs) if (view.id !== 'closed') out[view.id] = countConversations(all, (c) => view.matches(c, agent.id));
    return out;
  }, [all, agent.id]);
  useWaitingTitle(counts.waiting ?? countConversations(all, (c) => waitingTab.matches(c, agent.id)));
  const nameOf = useCallback((c: Conversation) => {
    const k = known.get(c.visitorId);
    return visitorLabel(locale, c.visitorId, k?.name, k?.email);
  }, [known, locale]);

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
  // A visitor writing in a chat this agent holds while they look elsewhere: the same sound and desktop switches.
  useVisitorAlerts(socket, agent.id, selectedId, nameOf, (id) => setSelectedId(id), { sound: !muted, desktop: desktopAlerts });
  useWaitingAlerts({ alertable, repeatMs: repeatSeconds * 1000, muted, desktop: desktopAlerts, notificationText: t('console.alert.waiting', { count: alertable.length }) });
  const now = useNow(5000);
  const escalated = escalatedFor(waiting, agent.role, info.settings, now);
  const escalateMinutes = Math.round(Math.min(...[...info.settings.values()].map((s) => s.alertEscalateAfterSeconds), 120) / 60);

  const open = (id: string) => {
    setSelectedId(id);
    setHighlightedId(id);
    focusReply();
  };
  useInboxShortcuts({
    ids: visible.map((c) => c.id),
    highlighted: highlightedId,
    selected: selectedId,
    highlight: (id) => {
      setHighlightedId(id);
      document.getElementById(`row-${id}`)?.scrollIntoView?.({ block: 'nearest' });
    },
    open,
    reply: focusReply,
    close: () => selectedId && void agentCommand(socket, 'conversation:close', { conversationId: selectedId }, COMMAND_TIMEOUT_MS),
  });

  const selected = selectedId ? all.get(selectedId) : undefined;
  const past = useMemo(
    () => (selected ? selectConversations(all, (c) => c.visitorId === selected.visitorId && c.id !== selected.id) : []),
    [all, selected],
  );
  const contactToggle = (
    <button
      type="button"
      class="button contact-toggle"
      aria-expanded={contactOpen}
      aria-controls="contact-pane"
      aria-label={contactOpen ? st('shell.contact.hide') : st('shell.contact.show')}
      title={contactOpen ? st('shell.contact.hide') : st('shell.contact.show')}
      onClick={() => setContactOpen(!contactOpen)}
    >
      <NavIcon name="contact" />
    </button>
  );

  return (
    <div class={`inbox-layout${selectedId ? ' has-selection' : ''}${contactOpen ? ' contact-open' : ''}`}>
      <MessageAnnouncer socket={socket} locale={locale} nameOf={nameOf} />
      {escalated.length > 0 && (
        <p class="escalation-alert" role="alert">
          {t('console.alert.escalated', { minutes: Math.max(1, escalateMinutes) })}
        </p>
      )}
      <InboxList
        tab={tabId}
        conversations={visible}
        counts={counts}
        nameOf={nameOf}
        typing={typing}
        settings={info.settings}
        selectedId={selectedId}
        highlightedId={highlightedId}
        onTabChange={setTabId}
        onSelect={open}
        toolbar={<TagFilter value={tagFilter} onChange={setTagFilter} />}
        filteredEmpty={tagFilter ? tt('tags.filterEmpty', { name: tagsById.get(tagFilter)?.name ?? '' }) : null}
      />
      <div class="conversation-pane">
        {selectedId ? (
          <ConversationView
            key={selectedId}
            socket={socket}
            outbox={outbox}
            agent={agent}
            conversationId={selectedId}
            summary={selected}
            routing={info}
            visitorName={selected ? nameOf(selected) : undefined}
            visitor={selected ? known.get(selected.visitorId) : undefined}
            headerExtra={contactToggle}
            onBack={() => {
              setSelectedId(null);
              // Back in the list, on the row the agent came from.
              requestAnimationFrame(() => document.getElementById(`row-${selectedId}`)?.focus());
            }}
          />
        ) : (
          <div class="pick">
            <p class="pick-title">{st('shell.pick.title')}</p>
            <p class="pick-hint">{st('shell.pick.hint')}</p>
          </div>
        )}
      </div>
      {selected && (
        <div id="contact-pane" class="contact-pane">
          <ContactPanel
            socket={socket}
            conversation={selected}
            name={nameOf(selected)}
            past={past}
            now={now}
            onKnown={(visitorId, k) => setKnown((m) => (m.get(visitorId)?.name === k.name && m.get(visitorId)?.email === k.email ? m : new Map(m).set(visitorId, k)))}
            onOpen={open}
            onClose={() => setContactOpen(false)}
          />
        </div>
      )}
    </div>
  );
}
