import { useState } from 'preact/hooks';
import type { ErrorBody, FieldIssue, SetupResult } from '@parley/shared';
import { publicRest } from '../api/rest-client.js';
import type { Session } from '../auth/session.js';
import { AuthCard } from '../accounts/auth-card.js';
import { issueText } from '../accounts/issue-text.js';
import { goTo } from '../accounts/public-route.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { TextInput } from '../ui/text-input.js';

export interface SetupPageProps {
  /** `setup`: the server's first account; `signup`: a new workspace on a server that allows it. */
  mode: 'setup' | 'signup';
  onSignedIn(session: Session): void;
}

/** First run (or sign-up): you, the workspace, the first site; signed in at once on success. */
export function SetupPage({ mode, onSignedIn }: SetupPageProps) {
  const t = useAccountsT();
  const [form, setForm] = useState({ name: '', email: '', password: '', workspaceName: '', siteName: '', siteOrigin: '' });
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const issues: FieldIssue[] = refusal?.issues ?? [];
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const issue = (path: string) => issueText(issues, path, t);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const { siteName, siteOrigin, ...you } = form;
    const result = await publicRest<SetupResult>('POST', mode === 'setup' ? '/setup' : '/signup', {
      ...you,
      site: { name: siteName, origin: siteOrigin },
    });
    setBusy(false);
    if (result.ok) onSignedIn({ token: result.data.token, agent: result.data.agent });
    else setRefusal(result.error);
  };

  const conflict = refusal?.code === 'conflict';
  const message = !refusal
    ? null
    : conflict
      ? t(mode === 'setup' ? 'setup.taken' : 'signup.emailTaken')
      : refusal.code === 'forbidden' || refusal.code === 'not_found'
        ? t('signup.closed')
        : refusalText(refusal, t);

  return (
    <AuthCard title={t(mode === 'setup' ? 'setup.title' : 'signup.title')} intro={t(mode === 'setup' ? 'setup.intro' : 'signup.intro')} wide>
      <Form class="auth-form" onSubmit={() => void submit()}>
        <fieldset class="auth-group">
          <legend>{t('setup.you')}</legend>
          <Field label={t('setup.name')} error={issue('name')}>
            {(c) => <TextInput {...c} name="name" autoComplete="name" value={form.name} onValue={set('name')} />}
          </Field>
          <Field label={t('setup.email')} error={issue('email')}>
            {(c) => <TextInput {...c} name="email" type="email" autoComplete="username" value={form.email} onValue={set('email')} />}
          </Field>
          <Field label={t('setup.password')} help={t('setup.passwordHelp')} error={issue('password')}>
            {(c) => <TextInput {...c} name="password" type="password" autoComplete="new-password" value={form.password} onValue={set('password')} />}
          </Field>
        </fieldset>
        <fieldset class="auth-group">
          <legend>{t('setup.workspace')}</legend>
          <Field label={t('setup.workspaceName')} help={t('setup.workspaceHelp')} error={issue('workspaceName')}>
            {(c) => <TextInput {...c} name="workspaceName" autoComplete="organization" value={form.workspaceName} onValue={set('workspaceName')} />}
          </Field>
        </fieldset>
        <fieldset class="auth-group">
          <legend>{t('setup.site')}</legend>
          <Field label={t('setup.siteName')} error={issue('site.name')}>
            {(c) => <TextInput {...c} name="siteName" value={form.siteName} onValue={set('siteName')} />}
          </Field>
          <Field label={t('setup.siteOrigin')} help={t('setup.siteOriginHelp')} error={issue('site.origin')}>
            {(c) => <TextInput {...c} name="siteOrigin" type="url" inputMode="url" placeholder="https://shop.example" value={form.siteOrigin} onValue={set('siteOrigin')} />}
          </Field>
        </fieldset>
        {message && (
          <Notice tone="danger" role="alert">
            <p>{message}</p>
            {conflict && (
              <Button variant="secondary" size="small" onClick={() => goTo(null)}>
                {t('accounts.backToSignIn')}
              </Button>
            )}
          </Notice>
        )}
        <Button type="submit" variant="primary" busy={busy} class="auth-submit">
          {t(mode === 'setup' ? 'setup.submit' : 'signup.submit')}
        </Button>
        {mode === 'signup' && (
          <a class="auth-link" href={import.meta.env.BASE_URL} onClick={(e) => (e.preventDefault(), goTo(null))}>
            {t('accounts.backToSignIn')}
          </a>
        )}
      </Form>
    </AuthCard>
  );
}
