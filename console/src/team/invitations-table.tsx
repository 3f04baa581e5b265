import type { Invitation } from '@parley/shared';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime } from '../time/relative-time.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { Cell, EmptyState, Table } from '../ui/table.js';

/** Invitations not accepted yet: when each link expires, resend, revoke. */
export function InvitationsTable({ invitations, onResend, onRevoke }: { invitations: Invitation[]; onResend(i: Invitation): void; onRevoke(i: Invitation): void }) {
  const t = useAccountsT();
  const { locale } = useI18n();
  const columns = [{ label: t('team.col.email') }, { label: t('team.col.role') }, { label: t('team.col.expires') }, { label: t('team.col.actions'), actions: true }];
  return (
    <Table caption={t('team.invitations')} columns={columns} empty={<p class="quiet-empty">{t('team.invitations.empty')}</p>}>
      {invitations.map((invitation) => (
        <tr key={invitation.id}>
          <Cell label={t('team.col.email')}>{invitation.email}</Cell>
          <Cell label={t('team.col.role')}>{t(`team.role.${invitation.role}`)}</Cell>
          <Cell label={t('team.col.expires')}>
            {invitation.status === 'expired' ? (
              <Badge tone="warning">{t('team.expired')}</Badge>
            ) : (
              <span>{t('team.expires', { when: formatFullTime(invitation.expiresAt, locale) })}</span>
            )}
          </Cell>
          <Cell label={t('team.col.actions')} actions>
            <Button size="small" onClick={() => onResend(invitation)} aria-label={t('team.resendLabel', { email: invitation.email })}>
              {t('team.resend')}
            </Button>
            <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => onRevoke(invitation)} aria-label={t('team.revokeLabel', { email: invitation.email })}>
              {t('team.revoke')}
            </Button>
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
