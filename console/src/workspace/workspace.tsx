import type { Session } from '../auth/session.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { ReconnectBanner } from '../realtime/reconnect-banner.js';
import { useAgentConnection } from '../realtime/use-agent-connection.js';
import { Inbox } from './inbox.js';
import { TopBar } from './top-bar.js';

export interface WorkspaceProps {
  session: Session;
  /** Opens the agent socket; tests pass an in-memory one. */
  makeSocket: (token: string) => ConsoleSocket;
  onSignOut(): void;
}

/** The signed-in console: one socket for the session, the banner, the inbox. */
export function Workspace({ session, makeSocket, onSignOut }: WorkspaceProps) {
  const { socket, status } = useAgentConnection(() => makeSocket(session.token), { onUnauthorized: onSignOut });
  return (
    <div class="workspace">
      <TopBar agent={session.agent} onSignOut={onSignOut} />
      <ReconnectBanner status={status} />
      <Inbox socket={socket} agent={session.agent} />
    </div>
  );
}
