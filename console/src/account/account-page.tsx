import { useState } from 'preact/hooks';
import type { Agent } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import type { Session } from '../auth/session.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { Card, Page } from '../ui/page.js';
import { PasswordCard } from './password-card.js';
import { ProfileCard } from './profile-card.js';

export interface AccountPageProps {
  session: Session;
  /** A changed profile or a fresh token: the stored session follows. */
  onSession(session: Session): void;
  onSignOut(): void;
}

/** My account: profile, password, and signing out everywhere. */
export function AccountPage({ session, onSession, onSignOut }: AccountPageProps) {
  const t = useAccountsT();
  const rest = useRestClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signOutEverywhere = async () => {
    const result = await rest('POST', '/auth/sign-out-everywhere');
    if (!result.ok) return setError(refusalText(result.error, t));
    onSignOut();
  };
  return (
    <Page title={t('account.title')} intro={t('account.intro')}>
      <div class="account-grid">
        <ProfileCard me={session.agent} onUpdated={(agent: Agent) => onSession({ ...session, agent })} />
        <div class="account-side">
          <PasswordCard onSession={onSession} />
          <Card title={t('account.sessions')}>
            <p class="card-text">{t('account.signOutEverywhereText')}</p>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {t('account.signOutEverywhere')}
            </Button>
          </Card>
        </div>
      </div>
      <ConfirmModal
        open={confirming}
        title={t('account.signOutTitle')}
        confirmLabel={t('account.signOutEverywhere')}
        cancelLabel={t('accounts.cancel')}
        onConfirm={() => void signOutEverywhere()}
        onClose={() => setConfirming(false)}
      >
        <p>{t('account.signOutBody')}</p>
        {error && <p class="ui-field-error" role="alert">{error}</p>}
      </ConfirmModal>
    </Page>
  );
}
