import { useState } from 'preact/hooks';
import type { ErrorBody, SignedIn } from '@parley/shared';
import { publicRest } from '../api/rest-client.js';
import type { Session } from '../auth/session.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { TextInput } from '../ui/text-input.js';
import { AuthCard } from './auth-card.js';
import { issueText } from './issue-text.js';
import { goTo, linkTokenOf } from './public-route.js';
import { refusalText } from './refusal-text.js';
import { useAccountsT } from './use-accounts-t.js';

export interface LinkFormPageProps {
  /** `invitation`: name and password, then `POST /invitations/{token}/accept`; `reset`: a new password, then `POST /auth/password-reset/{token}`. */
  kind: 'invitation' | 'reset';
  /** The address's fragment, where the link's secret travels. */
  hash: string;
  onSignedIn(session: Session): void;
}

/**
 * The page a one-time link opens: an invitation to accept or a password to reset. Either ends
 * signed in; a used or expired link (410) says so plainly and offers the way forward.
 */
export function LinkFormPage({ kind, hash, onSignedIn }: LinkFormPageProps) {
  const t = useAccountsT();
  const token = linkTokenOf(hash);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const invitation = kind === 'invitation';
  const title = t(invitation ? 'invite.title' : 'reset.title');

  const submit = async () => {
    if (busy || !token) return;
    setBusy(true);
    setRefusal(null);
    const result = invitation
      ? await publicRest<SignedIn>('POST', `/invitations/${token}/accept`, { name, password })
      : await publicRest<SignedIn>('POST', `/auth/password-reset/${token}`, { password });
    setBusy(false);
    if (result.ok) onSignedIn({ token: result.data.token, agent: result.data.agent });
    else setRefusal(result.error);
  };

  // A link that cannot work (cut short when copied, used, expired): no form, only what to do.
  const dead = !token ? 'missing' : refusal?.code === 'gone' || refusal?.code === 'not_found' ? 'gone' : null;
  if (dead) {
    return (
      <AuthCard title={title}>
        <Notice tone="warning" role="alert">
          <p>{t(invitation ? (dead === 'gone' ? 'invite.gone' : 'invite.missing') : dead === 'gone' ? 'reset.gone' : 'reset.missing')}</p>
        </Notice>
        {!invitation && (
          <Button variant="primary" onClick={() => goTo('forgot-password')}>
            {t('reset.again')}
          </Button>
        )}
        <a class="auth-link" href={import.meta.env.BASE_URL} onClick={(e) => (e.preventDefault(), goTo(null))}>
          {t('accounts.backToSignIn')}
        </a>
      </AuthCard>
    );
  }

  const issues = refusal?.issues ?? [];
  return (
    <AuthCard title={title} intro={invitation ? t('invite.intro') : undefined}>
      <Form class="auth-form" onSubmit={() => void submit()}>
        {invitation && (
          <Field label={t('invite.name')} error={issueText(issues, 'name', t)}>
            {(c) => <TextInput {...c} name="name" autoComplete="name" value={name} onValue={setName} />}
          </Field>
        )}
        <Field label={t(invitation ? 'invite.password' : 'reset.password')} help={t('setup.passwordHelp')} error={issueText(issues, 'password', t)}>
          {(c) => <TextInput {...c} name="password" type="password" autoComplete="new-password" value={password} onValue={setPassword} />}
        </Field>
        {refusal && !issues.length && (
          <Notice tone="danger" role="alert">
            <p>{refusalText(refusal, t)}</p>
          </Notice>
        )}
        <Button type="submit" variant="primary" busy={busy} class="auth-submit">
          {t(invitation ? 'invite.submit' : 'reset.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
