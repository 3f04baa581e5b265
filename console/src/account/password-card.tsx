import { useState } from 'preact/hooks';
import type { ErrorBody, SignedIn } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { issueText } from '../accounts/issue-text.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import type { Session } from '../auth/session.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Card, Notice } from '../ui/page.js';
import { TextInput } from '../ui/text-input.js';

/**
 * Changes the password. The server ends every other session and answers a fresh token for
 * this one, which replaces the stored token (the old one no longer works).
 */
export function PasswordCard({ onSession }: { onSession(session: Session): void }) {
  const t = useAccountsT();
  const rest = useRestClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [done, setDone] = useState(false);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    setDone(false);
    const result = await rest<SignedIn>('POST', '/auth/password', { currentPassword, newPassword });
    setBusy(false);
    if (!result.ok) return setRefusal(result.error);
    setCurrent('');
    setNew('');
    setDone(true);
    onSession({ token: result.data.token, agent: result.data.agent });
  };
  const issue = (path: string) => issueText(refusal?.issues ?? [], path, t);
  return (
    <Card title={t('account.password')}>
      <Form onSubmit={() => void submit()} class="stack-form">
        {done && (
          <Notice tone="success" role="status">
            <p>{t('account.passwordChanged')}</p>
          </Notice>
        )}
        {refusal && !refusal.issues?.length && (
          <Notice tone="danger" role="alert">
            <p>{refusalText(refusal, t)}</p>
          </Notice>
        )}
        <Field label={t('account.currentPassword')} error={issue('currentPassword')}>
          {(c) => <TextInput {...c} type="password" autoComplete="current-password" value={currentPassword} onValue={setCurrent} />}
        </Field>
        <Field label={t('account.newPassword')} help={t('setup.passwordHelp')} error={issue('newPassword')}>
          {(c) => <TextInput {...c} type="password" autoComplete="new-password" value={newPassword} onValue={setNew} />}
        </Field>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('account.changePassword')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
