import { useState } from 'preact/hooks';
import { goTo } from '../accounts/public-route.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { useI18n } from '../i18n/i18n-context.js';
import { requestLogin, type LoginResult } from './login-request.js';
import type { Session } from './session.js';
import { TextField } from './text-field.js';

export interface LoginPageProps {
  onSignedIn(session: Session): void;
  /** Injected by tests; the browser's fetch otherwise. */
  fetchImpl?: typeof fetch;
  /** The server lets anyone create a workspace (`ALLOW_SIGNUP`): show the way there. */
  signupAllowed?: boolean;
}

/** Email and password; errors are announced in an alert. */
export function LoginPage({ onSignedIn, fetchImpl, signupAllowed }: LoginPageProps) {
  const { t } = useI18n();
  const ta = useAccountsT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Exclude<LoginResult, { ok: true }> | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const result = await requestLogin(email.trim(), password, fetchImpl);
    setBusy(false);
    if (result.ok) onSignedIn(result.session);
    else setFailure(result);
  };

  const failureText =
    failure === null
      ? null
      : failure.reason === 'invalid'
        ? failure.message
        : failure.reason === 'removed'
          ? ta('login.removed')
          : t(failure.reason === 'rejected' ? 'console.login.failed' : 'console.login.unreachable');

  return (
    <main class="login">
      <form class="login-card" onSubmit={submit} noValidate>
        <div class="login-brand" aria-hidden="true">
          P
        </div>
        <h1>{t('console.login.title')}</h1>
        <TextField
          label={t('console.login.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
        />
        <TextField
          label={t('console.login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        {failureText && (
          <p class="form-error" role="alert">
            {failureText}
          </p>
        )}
        <button type="submit" class="button primary" disabled={busy}>
          {t('console.login.submit')}
        </button>
        <a class="auth-link" href={`${import.meta.env.BASE_URL}forgot-password`} onClick={(e) => (e.preventDefault(), goTo('forgot-password'))}>
          {ta('login.forgot')}
        </a>
        {signupAllowed && (
          <p class="auth-alt">
            {ta('login.noAccount')}{' '}
            <a href={`${import.meta.env.BASE_URL}signup`} onClick={(e) => (e.preventDefault(), goTo('signup'))}>
              {ta('login.createWorkspace')}
            </a>
          </p>
        )}
        <div class="login-footer">
          <LocaleSwitcher />
        </div>
      </form>
    </main>
  );
}
