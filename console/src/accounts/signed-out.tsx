import { useEffect, useState } from 'preact/hooks';
import { restCall } from '../api/rest-client.js';
import { LoginPage } from '../auth/login-page.js';
import type { Session } from '../auth/session.js';
import { SetupPage } from '../setup/setup-page.js';
import { ForgotPasswordPage } from './forgot-password-page.js';
import type { PublicRoute } from './public-route.js';

interface SetupStatus {
  needed: boolean;
  signupAllowed: boolean;
}

/**
 * Nobody signed in: the set-up page on a server with no account yet, else sign-in (with
 * sign-up when the server allows it, `GET /api/v1/setup`), or the forgotten-password form.
 */
export function SignedOut({ route, onSignedIn, fetchImpl }: { route: PublicRoute | null; onSignedIn(session: Session): void; fetchImpl?: typeof fetch }) {
  const [status, setStatus] = useState<SetupStatus | null>(null);
  useEffect(() => {
    let live = true;
    void restCall<SetupStatus>('', 'GET', '/setup', undefined, fetchImpl).then((r) => live && r.ok && setStatus(r.data));
    return () => void (live = false);
  }, [fetchImpl]);
  if (status?.needed === true) return <SetupPage mode="setup" onSignedIn={onSignedIn} />;
  if (route === 'signup' && status?.signupAllowed) return <SetupPage mode="signup" onSignedIn={onSignedIn} />;
  if (route === 'forgot-password') return <ForgotPasswordPage />;
  return <LoginPage fetchImpl={fetchImpl} onSignedIn={onSignedIn} signupAllowed={status?.signupAllowed === true} />;
}
