import type { Session } from '../auth/session.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { ReconnectBanner } from '../realtime/reconnect-banner.js';
import { useMuted } from '../routing/alert-controls.js';
import { useAgentConnection } from '../realtime/use-agent-connection.js';
import { useMemo } from 'preact/hooks';
import { createRestClient, RestClientContext } from '../api/rest-client.js';
import { ArticlesPage } from '../bots/articles-page.js';
import { BotsPage } from '../bots/bots-page.js';
import { Inbox } from './inbox.js';
import { TopBar } from './top-bar.js';
import { useSection } from '../proactive/use-section.js';
import { ReportsSection } from '../reports/reports-section.js';
import { useSites } from '../proactive/use-sites.js';
import { TriggersPage } from '../triggers/triggers-page.js';
import { VisitorsPage } from '../visitors/visitors-page.js';
import { SettingsPage } from '../settings/settings-page.js';
import { AccountPage } from '../account/account-page.js';
import { ApiKeysPage } from '../api-keys/api-keys-page.js';
import { SitesPage } from '../sites/sites-page.js';
import { TeamPage } from '../team/team-page.js';
import { FailedMailPage } from '../mail/failed-mail-page.js';
import { AdminOnly } from '../ui/admin-only.js';
import { ToastProvider } from '../ui/toast.js';

export interface WorkspaceProps {
  session: Session;
  /** Opens the agent socket; tests pass an in-memory one. */
  makeSocket: (token: string) => ConsoleSocket;
  onSignOut(): void;
  /** A changed profile, or the fresh token a password change answers. */
  onSessionChange?(session: Session): void;
}

/** The signed-in console: one socket for the session, the banner, the inbox. */
export function Workspace({ session, makeSocket, onSignOut, onSessionChange = () => {} }: WorkspaceProps) {
  const { socket, status } = useAgentConnection(() => makeSocket(session.token), { onUnauthorized: onSignOut });
  const [section, go] = useSection();
  const { sites, siteId, setSiteId } = useSites(session.token);
  const site = { token: session.token, agent: session.agent, sites, siteId, onSiteChange: setSiteId };
  const rest = useMemo(() => createRestClient(session.token), [session.token]);
  const admin = session.agent.role === 'admin';
  const [muted, setMuted] = useMuted();
  return (
    <RestClientContext.Provider value={rest}>
      <ToastProvider>
      <div class="workspace">
        <TopBar agent={session.agent} socket={socket} muted={muted} onMute={setMuted} onSignOut={onSignOut} section={section} onSection={(s) => go(s)} />
        <ReconnectBanner status={status} />
        {section === 'inbox' && <Inbox socket={socket} agent={session.agent} muted={muted} />}
        {section === 'visitors' && (
          <VisitorsPage socket={socket} {...site} onOpenConversation={(id) => go('inbox', `conversations/${id}`)} />
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
        {section === 'account' && <AccountPage session={session} onSession={onSessionChange} onSignOut={onSignOut} />}
      </div>
      </ToastProvider>
    </RestClientContext.Provider>
  );
}
