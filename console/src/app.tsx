import { useState } from 'preact/hooks';
import { LinkFormPage } from './accounts/link-form-page.js';
import { SignedOut } from './accounts/signed-out.js';
import { usePublicRoute } from './accounts/use-public-route.js';
import { clearSession, loadSession, saveSession, type Session } from './auth/session.js';
import { createAgentSocket, type ConsoleSocket } from './realtime/console-socket.js';
import { Workspace } from './workspace/workspace.js';

export interface AppProps {
  makeSocket?: (token: string) => ConsoleSocket;
  fetchImpl?: typeof fetch;
}

/**
 * A one-time link (invitation, password reset) opens its page whoever is signed in. Signed out:
 * set-up, sign-in, sign-up or a forgotten password. Signed in: the workspace, with a socket for
 * this session's token.
 */
export function App({ makeSocket = createAgentSocket, fetchImpl }: AppProps) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const route = usePublicRoute();
  const signIn = (next: Session) => {
    saveSession(next);
    // Out of the link's address (its secret is spent) and into the console.
    if (route) history.replaceState(null, '', import.meta.env.BASE_URL);
    dispatchEvent(new PopStateEvent('popstate'));
    setSession(next);
  };
  if (route === 'invitation' || route === 'password-reset') {
    return <LinkFormPage kind={route === 'invitation' ? 'invitation' : 'reset'} hash={location.hash} onSignedIn={signIn} />;
  }
  if (!session) return <SignedOut route={route} fetchImpl={fetchImpl} onSignedIn={signIn} />;
  return (
    <Workspace
      key={session.token}
      session={session}
      makeSocket={makeSocket}
      onSessionChange={(next) => {
        saveSession(next);
        setSession(next);
      }}
      onSignOut={() => {
        clearSession();
        setSession(null);
      }}
    />
  );
}
