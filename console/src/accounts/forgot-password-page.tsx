import { useState } from 'preact/hooks';
import type { ErrorBody } from '@parley/shared';
import { publicRest } from '../api/rest-client.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { TextInput } from '../ui/text-input.js';
import { AuthCard } from './auth-card.js';
import { issueText } from './issue-text.js';
import { goTo } from './public-route.js';
import { refusalText } from './refusal-text.js';
import { useAccountsT } from './use-accounts-t.js';

/** "Forgot password?": asks for a reset link by email; the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const t = useAccountsT();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const result = await publicRest('POST', '/auth/password-reset', { email });
    setBusy(false);
    if (result.ok) setSentTo(email.trim());
    else setRefusal(result.error);
  };
  const back = (
    <a class="auth-link" href={import.meta.env.BASE_URL} onClick={(e) => (e.preventDefault(), goTo(null))}>
      {t('accounts.backToSignIn')}
    </a>
  );
  if (sentTo) {
    return (
      <AuthCard title={t('forgot.title')}>
        <Notice tone="success" role="status">
          <p>{t('forgot.sent', { email: sentTo })}</p>
        </Notice>
        {back}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('forgot.title')} intro={t('forgot.intro')}>
      <Form class="auth-form" onSubmit={() => void submit()}>
        <Field label={t('forgot.email')} error={refusal ? issueText(refusal.issues ?? [], 'email', t) : null}>
          {(c) => <TextInput {...c} type="email" name="email" autoComplete="username" value={email} onValue={setEmail} />}
        </Field>
        {refusal && !refusal.issues?.length && (
          <Notice tone="danger" role="alert">
            <p>{refusalText(refusal, t)}</p>
          </Notice>
        )}
        <Button type="submit" variant="primary" busy={busy} class="auth-submit">
          {t('forgot.submit')}
        </Button>
        {back}
      </Form>
    </AuthCard>
  );
}
