import { useState } from 'preact/hooks';
import { LoginPage } from './auth/login-page.js';
import { clearSession, loadSession, saveSession, type Session } from './auth/session.js';
import { createAgentSocket, type ConsoleSocket } from './realtime/console-socket.js';
import { Workspace } from './workspace/workspace.js';

export interface AppProps {
  makeSocket?: (token: string) => ConsoleSocket;
  fetchImpl?: typeof fetch;
}

/** Signed out: the login page. Signed in: the workspace, with a socket for this session's token. */
export function App({ makeSocket = createAgentSocket, fetchImpl }: AppProps) {
  const [session, setSession] = useState<Session | null>(loadSession);
  if (!session) {
    return (
      <LoginPage
        fetchImpl={fetchImpl}
        onSignedIn={(next) => {
          saveSession(next);
          setSession(next);
        }}
      />
    );
  }
  return (
    <Workspace
      key={session.token}
      session={session}
      makeSocket={makeSocket}
      onSignOut={() => {
        clearSession();
        setSession(null);
      }}
    />
  );
}
