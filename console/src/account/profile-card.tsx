import { useState } from 'preact/hooks';
import { locales, type Agent, type ErrorBody, type Locale } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { issueText } from '../accounts/issue-text.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { localeNames } from '../i18n/locale-preference.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { ImagePicker } from '../ui/image-picker.js';
import { Card, Notice } from '../ui/page.js';
import { Select } from '../ui/select.js';
import { TextInput } from '../ui/text-input.js';
import { useToast } from '../ui/toast.js';

/** Name, picture and console language (`PATCH /auth/me` with what changed); the email is shown, not edited. */
export function ProfileCard({ me, onUpdated }: { me: Agent; onUpdated(agent: Agent): void }) {
  const t = useAccountsT();
  const { setLocale } = useI18n();
  const rest = useRestClient();
  const toast = useToast();
  const [name, setName] = useState(me.name);
  const [avatarUrl, setAvatarUrl] = useState<string | null>(me.avatarUrl ?? null);
  const [language, setLanguage] = useState<Locale | ''>((me.language as Locale | null) ?? '');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);

  const save = async () => {
    const patch: Record<string, unknown> = {};
    if (name !== me.name) patch.name = name;
    if (avatarUrl !== (me.avatarUrl ?? null)) patch.avatarUrl = avatarUrl;
    if (language !== (me.language ?? '')) patch.language = language || null;
    if (Object.keys(patch).length === 0 || busy) return;
    setBusy(true);
    setRefusal(null);
    const result = await rest<{ agent: Agent }>('PATCH', '/auth/me', patch);
    setBusy(false);
    if (!result.ok) return setRefusal(result.error);
    if (language) setLocale(language);
    onUpdated(result.data.agent);
    toast(t('accounts.saved'));
  };
  const issue = (path: string) => issueText(refusal?.issues ?? [], path, t);
  return (
    <Card title={t('account.profile')}>
      <Form onSubmit={() => void save()} class="stack-form">
        {refusal && !refusal.issues?.length && (
          <Notice tone="danger" role="alert">
            <p>{refusalText(refusal, t)}</p>
          </Notice>
        )}
        <Field label={t('account.avatar')} help={t('account.avatarHelp')} error={issue('avatarUrl')}>
          {(c) => (
            <ImagePicker
              {...c}
              name={name}
              value={avatarUrl}
              onValue={setAvatarUrl}
              pickLabel={t('account.avatarPick')}
              removeLabel={t('account.avatarRemove')}
              onBadFile={() => toast(t('account.avatarBad'), 'danger')}
            />
          )}
        </Field>
        <Field label={t('account.name')} error={issue('name')}>
          {(c) => <TextInput {...c} autoComplete="name" value={name} onValue={setName} />}
        </Field>
        <Field label={t('account.email')}>{(c) => <TextInput {...c} readOnly value={me.email} onValue={() => {}} />}</Field>
        <Field label={t('account.language')} error={issue('language')}>
          {(c) => (
            <Select
              {...c}
              value={language}
              onValue={(v: Locale | '') => setLanguage(v)}
              options={[{ value: '' as Locale | '', label: t('accounts.language.console') }, ...locales.map((l) => ({ value: l, label: localeNames[l] }))]}
            />
          )}
        </Field>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('accounts.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
