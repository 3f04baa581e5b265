import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Agent, LiveVisitor, Site } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { SitePicker } from '../proactive/site-picker.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useStore } from '../state/use-store.js';
import { useNow } from '../time/use-now.js';
import { Button } from '../ui/button.js';
import { Loading, Page } from '../ui/page.js';
import { EmptyState, Table } from '../ui/table.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { AnnouncementForm } from './announcement-form.js';
import { LiveVisitorList, sortedRows } from './live-visitor-list.js';
import { StartChatForm } from './start-chat-form.js';
import { VisitorRow, visitorColumns } from './visitor-row.js';

export interface VisitorsPageProps {
  socket: ConsoleSocket;
  token: string;
  agent: Agent;
  sites: Site[];
  siteId: string | null;
  onSiteChange(id: string): void;
  onOpenConversation(conversationId: string): void;
}

/** Who is on the site now, live: start a chat with one of them (a drawer), or announce something to all (a drawer). */
export function VisitorsPage({ socket, token, agent, sites, siteId, onSiteChange, onOpenConversation }: VisitorsPageProps) {
  const { t } = useI18n();
  const at = useAdminT();
  const list = useMemo(() => (siteId ? new LiveVisitorList(socket, siteId) : null), [socket, siteId]);
  useEffect(() => {
    list?.start();
    return () => list?.stop();
  }, [list]);
  const now = useNow(1000);
  const [chatWith, setChatWith] = useState<LiveVisitor | null>(null);
  const [announcing, setAnnouncing] = useState(false);
  const canAnnounce = agent.role !== 'agent' && siteId !== null;
  return (
    <Page
      title={t('console.nav.visitors')}
      intro={at('admin.visitors.intro')}
      action={
        canAnnounce ? (
          <Button variant="primary" onClick={() => setAnnouncing(true)}>
            {at('admin.visitors.announce')}
          </Button>
        ) : undefined
      }
    >
      <SitePicker sites={sites} siteId={siteId} onChange={onSiteChange} />
      {list ? (
        <LiveTable list={list} now={now} onStartChat={setChatWith} onOpenConversation={onOpenConversation} />
      ) : (
        <EmptyState title={t('console.visitors.empty')}>{at('admin.visitors.noSite')}</EmptyState>
      )}
      {chatWith && siteId && (
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
      {announcing && siteId && <AnnouncementForm token={token} siteId={siteId} onClose={() => setAnnouncing(false)} />}
    </Page>
  );
}

interface LiveTableProps {
  list: LiveVisitorList;
  now: number;
  onStartChat(visitor: LiveVisitor): void;
  onOpenConversation(id: string): void;
}

/** Shows up to the rows held, `shown` at a time; "Show more" reveals (and fetches) the next ones. */
function LiveTable({ list, now, onStartChat, onOpenConversation }: LiveTableProps) {
  const { t } = useI18n();
  const at = useAdminT();
  const state = useStore(list.state);
  const [shown, setShown] = useState(100);
  const rows = useMemo(() => sortedRows(state.rows), [state.rows]);
  const more = rows.length > shown || state.cursor !== null;
  if (rows.length === 0 && state.loading) return <Loading />;
  return (
    <>
      <p class="visitors-count" role="status">
        {t('console.visitors.title', { count: state.total })}
      </p>
      <Table caption={at('admin.visitors.caption')} columns={visitorColumns(t, at)} empty={<EmptyState title={t('console.visitors.empty')}>{at('admin.visitors.emptyText')}</EmptyState>}>
        {rows.slice(0, shown).map((v) => (
          <VisitorRow key={v.visitorId} visitor={v} now={now} onStartChat={onStartChat} onOpenConversation={onOpenConversation} />
        ))}
      </Table>
      {more && (
        <div class="table-more">
          <Button
            onClick={() => {
              setShown((n) => n + 100);
              if (rows.length <= shown + 100) void list.more();
            }}
          >
            {t('console.visitors.more')}
          </Button>
        </div>
      )}
    </>
  );
}
