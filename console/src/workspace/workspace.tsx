import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Session } from '../auth/session.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { ReconnectBanner } from '../realtime/reconnect-banner.js';
import { useMuted } from '../routing/use-muted.js';
import { useAgentStatus } from '../routing/use-agent-status.js';
import { useAgentConnection } from '../realtime/use-agent-connection.js';
import { createRestClient, RestClientContext } from '../api/rest-client.js';
import { ArticlesPage } from '../bots/articles-page.js';
import { BotsPage } from '../bots/bots-page.js';
import { Inbox } from './inbox.js';
import { useSection } from '../proactive/use-section.js';
import { ReportsSection } from '../reports/reports-section.js';
import { BoardPage } from '../supervision/board-page.js';
import { useSites } from '../proactive/use-sites.js';
import { TriggersPage } from '../triggers/triggers-page.js';
import { VisitorsPage } from '../visitors/visitors-page.js';
import { SettingsPage } from '../settings/settings-page.js';
import { AccountPage } from '../account/account-page.js';
import { ApiKeysPage } from '../api-keys/api-keys-page.js';
import { SitesPage } from '../sites/sites-page.js';
import { TeamPage } from '../team/team-page.js';
import { FailedMailPage } from '../mail/failed-mail-page.js';
import { ContactsPage } from '../contacts/contacts-page.js';
import { CannedRepliesPage } from '../canned/canned-replies-page.js';
import { AdminOnly } from '../ui/admin-only.js';
import { ToastProvider } from '../ui/toast.js';
import { NavIcon } from '../shell/nav-icons.js';
import { NavRail } from '../shell/nav-rail.js';
import { PersonMenu } from '../shell/person-menu.js';
import { sectionsFor } from '../shell/section-labels.js';
import { ShortcutsDialog } from '../shell/shortcuts-dialog.js';
import { SkipLink } from '../shell/skip-link.js';
import { isTypingTarget } from '../shell/is-typing-target.js';
import { useDesktopAlerts } from '../shell/use-desktop-alerts.js';
import { useShellT } from '../shell/use-shell-t.js';
import { revealMessage } from '../search/reveal-message.js';
import { SearchDialog } from '../search/search-dialog.js';
import { SearchLauncher } from '../search/search-launcher.js';
import { useSearchShortcut } from '../search/use-search-shortcut.js';
import { MentionAlerts } from '../mentions/mention-alerts.js';
import { MentionFeed, unreadMentions } from '../mentions/mention-feed.js';
import { MentionsPage } from '../mentions/mentions-page.js';
import { TagCatalogProvider } from '../tags/tag-catalog.js';
import { TagsPage } from '../tags/tags-page.js';
import { useTeamworkT } from '../tags/use-teamwork-t.js';
import { useStore } from '../state/use-store.js';
import type { Mention } from '@parley/shared';

export interface WorkspaceProps {
  session: Session;
  /** Opens the agent socket; tests pass an in-memory one. */
  makeSocket: (token: string) => ConsoleSocket;
  onSignOut(): void;
  /** A changed profile, or the fresh token a password change answers. */
  onSessionChange?(session: Session): void;
}

/**
 * The signed-in console: one socket for the session; the skip link, the rail with the person
 * menu, and the one `<main>` (`#content`) holding the section's page; `?` lists the shortcuts
 * from anywhere.
 */
export function Workspace({ session, makeSocket, onSignOut, onSessionChange = () => {} }: WorkspaceProps) {
  const { socket, status } = useAgentConnection(() => makeSocket(session.token), { onUnauthorized: onSignOut });
  const [section, go] = useSection();
  const { sites, siteId, setSiteId } = useSites(session.token);
  const site = { token: session.token, agent: session.agent, sites, siteId, onSiteChange: setSiteId };
  const rest = useMemo(() => createRestClient(session.token), [session.token]);
  const admin = session.agent.role === 'admin';
  const [muted, setMuted] = useMuted();
  const desktop = useDesktopAlerts();
  const [agentStatus, chooseStatus] = useAgentStatus(socket, session.agent.id);
  const [helpOpen, setHelpOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const openSearch = useCallback(() => setSearchOpen(true), []);
  useSearchShortcut(openSearch);
  const st = useShellT();
  const tw = useTeamworkT();
  // Mentions live for the whole session: the rail's unread count, the toast and alerts anywhere.
  const mentions = useMemo(() => new MentionFeed(socket, rest), [socket, rest]);
  useEffect(() => mentions.start(), [mentions]);
  const unread = unreadMentions(useStore(mentions.state));
  const openMention = (mention: Mention) => {
    void mentions.markRead(mention.id);
    go('inbox', `conversations/${mention.conversationId}`);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || isTypingTarget(event) || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      setHelpOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <RestClientContext.Provider value={rest}>
      <TagCatalogProvider>
      <ToastProvider>
        <MentionAlerts feed={mentions} preferences={{ sound: !muted, desktop: desktop.on }} onOpen={openMention} />
        <div class={`shell section-${section}`}>
          <SkipLink />
          <NavRail
            sections={sectionsFor(session.agent.role)}
            current={section}
            onSection={(s) => go(s)}
            badges={unread ? { mentions: { count: unread, label: tw('mentions.unreadCount', { count: unread }), summary: tw('mentions.navUnread', { count: unread }) } } : {}}
            end={
              <>
                <SearchLauncher onOpen={openSearch} />
                <button type="button" class="rail-item rail-help" onClick={() => setHelpOpen(true)} aria-label={st('shell.shortcuts.button')} title={st('shell.shortcuts.button')}>
                  <NavIcon name="keyboard" />
                </button>
                <PersonMenu
                  agent={session.agent}
                  status={agentStatus}
                  onStatus={(next) => void chooseStatus(next)}
                  muted={muted}
                  onMute={setMuted}
                  desktop={desktop}
                  accountHref={`${import.meta.env.BASE_URL}account`}
                  onAccount={() => go('account')}
                  onSignOut={onSignOut}
                />
              </>
            }
          />
          <div class="shell-body">
            <ReconnectBanner status={status} />
            <main id="content" class="shell-content" tabIndex={-1}>
              {section === 'inbox' && <Inbox socket={socket} agent={session.agent} muted={muted} desktopAlerts={desktop.on} />}
              {section === 'visitors' && (
                <VisitorsPage socket={socket} {...site} onOpenConversation={(id) => go('inbox', `conversations/${id}`)} />
              )}
              {section === 'supervision' && (
                <BoardPage socket={socket} agent={session.agent} onOpenConversation={(id) => go('inbox', `conversations/${id}`)} />
              )}
              {section === 'reports' && <ReportsSection agent={session.agent} />}
              {section === 'triggers' && <TriggersPage {...site} />}
              {section === 'bots' && <BotsPage admin={admin} />}
              {section === 'articles' && <ArticlesPage admin={admin} />}
              {section === 'settings' && <SettingsPage {...site} />}
              {section === 'sites' && <AdminOnly admin={admin}>{() => <SitesPage />}</AdminOnly>}
              {section === 'team' && <AdminOnly admin={admin}>{() => <TeamPage me={session.agent} socket={socket} />}</AdminOnly>}
              {section === 'api-keys' && <AdminOnly admin={admin}>{() => <ApiKeysPage />}</AdminOnly>}
              {section === 'mail' && <AdminOnly admin={admin}>{() => <FailedMailPage />}</AdminOnly>}
              {section === 'contacts' && <ContactsPage onOpenConversation={(id) => go('inbox', `conversations/${id}`)} />}
              {section === 'mentions' && <MentionsPage feed={mentions} myName={session.agent.name} onOpen={openMention} />}
              {section === 'tags' && <AdminOnly admin={admin}>{() => <TagsPage />}</AdminOnly>}
              {section === 'canned-replies' && <CannedRepliesPage agent={session.agent} />}
              {section === 'account' && <AccountPage session={session} onSession={onSessionChange} onSignOut={onSignOut} />}
            </main>
          </div>
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
          <SearchDialog
            open={searchOpen}
            onClose={() => setSearchOpen(false)}
            onOpen={(item) => {
              setSearchOpen(false);
              go('inbox', `conversations/${item.conversationId}`);
              if (item.messageId) revealMessage(item.messageId);
            }}
          />
        </div>
      </ToastProvider>
      </TagCatalogProvider>
    </RestClientContext.Provider>
  );
}
