import { useState } from 'preact/hooks';
import type { ApiKey, ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { issueText } from '../accounts/issue-text.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useLoad } from '../accounts/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { Button } from '../ui/button.js';
import { CopyButton } from '../ui/copy-button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { Modal } from '../ui/modal.js';
import { LoadError, Loading, Notice, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { TextInput } from '../ui/text-input.js';
import { useToast } from '../ui/toast.js';

/** API keys (admins): create a named key (its secret shown once), the list with last use, revoke. */
export function ApiKeysPage() {
  const t = useAccountsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const toast = useToast();
  const [loaded, reload] = useLoad(() => rest<{ apiKeys: ApiKey[] }>('GET', '/api-keys'), [rest]);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const result = await rest<{ apiKey: ApiKey; key: string }>('POST', '/api-keys', { name });
    setBusy(false);
    if (!result.ok) return setRefusal(result.error);
    setCreating(false);
    setName('');
    setSecret(result.data.key);
    reload();
  };
  const revoke = async () => {
    if (!revoking) return;
    const result = await rest('DELETE', `/api-keys/${revoking.id}`);
    setRevoking(null);
    reload();
    toast(result.ok ? t('apiKeys.revoked', { name: revoking.name }) : refusalText(result.error, t), result.ok ? 'success' : 'danger');
  };
  const when = (at: number | null) => (at === null ? t('accounts.never') : formatRelativeTime(at, Date.now(), locale));
  const openCreate = () => (setRefusal(null), setName(''), setCreating(true));
  const columns = [
    { label: t('apiKeys.col.name') },
    { label: t('apiKeys.col.key') },
    { label: t('apiKeys.col.created') },
    { label: t('apiKeys.col.lastUsed') },
    { label: t('apiKeys.col.actions'), actions: true },
  ];
  return (
    <Page
      title={t('apiKeys.title')}
      intro={t('apiKeys.intro')}
      action={
        <Button variant="primary" onClick={openCreate}>
          {t('apiKeys.create')}
        </Button>
      }
    >
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <Table
          caption={t('apiKeys.caption')}
          columns={columns}
          empty={
            <EmptyState
              title={t('apiKeys.empty.title')}
              action={
                <Button variant="primary" onClick={openCreate}>
                  {t('apiKeys.create')}
                </Button>
              }
            >
              {t('apiKeys.empty.text')}
            </EmptyState>
          }
        >
          {loaded.data.apiKeys.map((key) => (
            <tr key={key.id}>
              <Cell label={t('apiKeys.col.name')}>
                <strong>{key.name}</strong>
              </Cell>
              <Cell label={t('apiKeys.col.key')}>
                <code>{key.prefix}…</code>
              </Cell>
              <Cell label={t('apiKeys.col.created')}>
                <span title={formatFullTime(key.createdAt, locale)}>{when(key.createdAt)}</span>
              </Cell>
              <Cell label={t('apiKeys.col.lastUsed')}>{when(key.lastUsedAt)}</Cell>
              <Cell label={t('apiKeys.col.actions')} actions>
                <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => setRevoking(key)} aria-label={t('apiKeys.revokeLabel', { name: key.name })}>
                  {t('apiKeys.revoke')}
                </Button>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Modal
        open={creating}
        title={t('apiKeys.createTitle')}
        onClose={() => setCreating(false)}
        actions={
          <>
            <Button onClick={() => setCreating(false)}>{t('accounts.cancel')}</Button>
            <Button variant="primary" busy={busy} onClick={() => void create()}>
              {t('apiKeys.create')}
            </Button>
          </>
        }
      >
        <Form onSubmit={() => void create()}>
          {refusal && !refusal.issues?.length && (
            <Notice tone="danger" role="alert">
              <p>{refusalText(refusal, t)}</p>
            </Notice>
          )}
          <Field label={t('apiKeys.name')} help={t('apiKeys.nameHelp')} error={issueText(refusal?.issues ?? [], 'name', t)}>
            {(c) => <TextInput {...c} data-autofocus value={name} onValue={setName} />}
          </Field>
        </Form>
      </Modal>
      <Modal
        open={secret !== null}
        role="alertdialog"
        title={t('apiKeys.newTitle')}
        onClose={() => setSecret(null)}
        actions={
          <Button variant="primary" onClick={() => setSecret(null)}>
            {t('apiKeys.done')}
          </Button>
        }
      >
        <Notice tone="warning">
          <p>{t('apiKeys.once')}</p>
        </Notice>
        <code class="link-box" data-testid="new-api-key">
          {secret}
        </code>
        <CopyButton text={secret ?? ''} variant="primary" />
      </Modal>
      <ConfirmModal
        open={revoking !== null}
        title={t('apiKeys.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        cancelLabel={t('accounts.cancel')}
        onConfirm={() => void revoke()}
        onClose={() => setRevoking(null)}
      >
        <p>{t('apiKeys.revokeBody')}</p>
      </ConfirmModal>
    </Page>
  );
}
