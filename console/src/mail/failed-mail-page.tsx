import type { MailSummary } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useLoad } from '../accounts/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { LoadError, Loading, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';

/** Mail that failed for good (admins, `GET /mail?status=failed`), each with "Send again" (`POST /mail/{id}/retry`). */
export function FailedMailPage() {
  const t = useAccountsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const toast = useToast();
  const [loaded, reload] = useLoad(() => rest<{ mails: MailSummary[] }>('GET', '/mail?status=failed'), [rest]);
  const retry = async (mail: MailSummary) => {
    const result = await rest('POST', `/mail/${encodeURIComponent(mail.id)}/retry`);
    reload();
    toast(result.ok ? t('mail.retried', { to: mail.to }) : refusalText(result.error, t), result.ok ? 'success' : 'danger');
  };
  const columns = [
    { label: t('mail.col.to') },
    { label: t('mail.col.subject') },
    { label: t('mail.col.error') },
    { label: t('mail.col.when') },
    { label: t('mail.col.actions'), actions: true },
  ];
  return (
    <Page title={t('mail.title')} intro={t('mail.intro')}>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <Table caption={t('mail.caption')} columns={columns} empty={<EmptyState title={t('mail.empty.title')}>{t('mail.empty.text')}</EmptyState>}>
          {loaded.data.mails.map((mail) => (
            <tr key={mail.id}>
              <Cell label={t('mail.col.to')}>{mail.to}</Cell>
              <Cell label={t('mail.col.subject')}>
                <span class="mail-subject">
                  <Badge>{t(`mail.kind.${mail.kind}`)}</Badge> {mail.subject}
                </span>
              </Cell>
              <Cell label={t('mail.col.error')}>
                <span class="mail-error">{mail.lastError ?? '—'}</span> <span class="mail-attempts">{t('mail.attempts', { count: mail.attempts })}</span>
              </Cell>
              <Cell label={t('mail.col.when')}>
                <span title={formatFullTime(mail.createdAt, locale)}>{formatRelativeTime(mail.createdAt, Date.now(), locale)}</span>
              </Cell>
              <Cell label={t('mail.col.actions')} actions>
                <Button size="small" onClick={() => void retry(mail)} aria-label={t('mail.retryLabel', { to: mail.to })}>
                  {t('mail.retry')}
                </Button>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </Page>
  );
}
