import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Agent, LiveVisitor, Site } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { SitePicker } from '../proactive/site-picker.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useStore } from '../state/use-store.js';
import { useNow } from '../time/use-now.js';
import { AnnouncementForm } from './announcement-form.js';
import { LiveVisitorList, sortedRows } from './live-visitor-list.js';
import { StartChatForm } from './start-chat-form.js';
import { VisitorRow } from './visitor-row.js';

export interface VisitorsPageProps {
  socket: ConsoleSocket;
  token: string;
  agent: Agent;
  sites: Site[];
  siteId: string | null;
  onSiteChange(id: string): void;
  onOpenConversation(conversationId: string): void;
}

/** Who is on the site now, live: start a chat with one of them, or announce something to all. */
export function VisitorsPage({ socket, token, agent, sites, siteId, onSiteChange, onOpenConversation }: VisitorsPageProps) {
  const { t } = useI18n();
  const list = useMemo(() => (siteId ? new LiveVisitorList(socket, siteId) : null), [socket, siteId]);
  useEffect(() => {
    list?.start();
    return () => list?.stop();
  }, [list]);
  const now = useNow(1000);
  const [chatWith, setChatWith] = useState<LiveVisitor | null>(null);
  if (!list || !siteId) return <p class="pick">{t('console.visitors.empty')}</p>;
  return (
    <section class="page visitors-page">
      <LiveTable list={list} now={now} onStartChat={setChatWith} onOpenConversation={onOpenConversation}>
        <SitePicker sites={sites} siteId={siteId} onChange={onSiteChange} />
      </LiveTable>
      {chatWith && (
        <StartChatForm
          socket={socket}
          siteId={siteId}
          visitor={chatWith}
          onStarted={(id) => {
            setChatWith(null);
            onOpenConversation(id);
          }}
          onCancel={() => setChatWith(null)}
        />
      )}
      {agent.role !== 'agent' && <AnnouncementForm token={token} siteId={siteId} />}
    </section>
  );
}

interface LiveTableProps {
  list: LiveVisitorList;
  now: number;
  onStartChat(visitor: LiveVisitor): void;
  onOpenConversation(id: string): void;
  children?: preact.ComponentChildren;
}

/** Shows up to the rows held, `shown` at a time; "Show more" reveals (and fetches) the next ones. */
function LiveTable({ list, now, onStartChat, onOpenConversation, children }: LiveTableProps) {
  const { t } = useI18n();
  const state = useStore(list.state);
  const [shown, setShown] = useState(100);
  const rows = useMemo(() => sortedRows(state.rows), [state.rows]);
  const more = rows.length > shown || state.cursor !== null;
  return (
    <>
      <header class="page-header">
        <h1>{t('console.visitors.title', { count: state.total })}</h1>
        {children}
      </header>
      {rows.length === 0 && !state.loading ? (
        <p class="pick">{t('console.visitors.empty')}</p>
      ) : (
        <table class="live-table">
          <thead>
            <tr>
              {(['visitor', 'page', 'onSite', 'pages', 'device', 'language', 'chatting'] as const).map((k) => (
                <th key={k} scope="col">
                  {k === 'chatting' ? '' : t(`console.visitors.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((v) => (
              <VisitorRow key={v.visitorId} visitor={v} now={now} onStartChat={onStartChat} onOpenConversation={onOpenConversation} />
            ))}
          </tbody>
        </table>
      )}
      {more && (
        <button
          type="button"
          class="button subtle"
          onClick={() => {
            setShown((n) => n + 100);
            if (rows.length <= shown + 100) void list.more();
          }}
        >
          {t('console.visitors.more')}
        </button>
      )}
    </>
  );
}
