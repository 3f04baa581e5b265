import { useState } from 'preact/hooks';
import type { Agent, AgentRole, Department, ErrorBody, Invitation } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useLoad } from '../accounts/use-load.js';
import { Button } from '../ui/button.js';
import { CopyButton } from '../ui/copy-button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { Modal } from '../ui/modal.js';
import { LoadError, Loading, Notice, Page } from '../ui/page.js';
import { useToast } from '../ui/toast.js';
import { InvitationsTable } from './invitations-table.js';
import { InviteDrawer } from './invite-drawer.js';
import { PeopleTable } from './people-table.js';

/** Team (admins): people with role, capacity and access; pending invitations; invite. */
export function TeamPage({ me }: { me: Agent }) {
  const t = useAccountsT();
  const rest = useRestClient();
  const toast = useToast();
  const [people, reloadPeople] = useLoad(() => rest<{ agents: Agent[] }>('GET', '/agents'), [rest]);
  const [invitations, reloadInvitations] = useLoad(() => rest<{ invitations: Invitation[] }>('GET', '/invitations'), [rest]);
  const [departments] = useLoad(() => rest<{ departments: Department[] }>('GET', '/departments'), [rest]);
  const [inviting, setInviting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Agent | null>(null);
  const [resentLink, setResentLink] = useState<{ email: string; url: string } | null>(null);

  const change = async (agent: Agent, patch: { role?: AgentRole; capacity?: number; active?: boolean }) => {
    setRefusal(null);
    const result = await rest<{ agent: Agent }>('PATCH', `/agents/${agent.id}`, patch);
    reloadPeople();
    if (!result.ok) return setRefusal(refusalOf(result.error, agent));
    if (patch.active === false) toast(t('team.deactivatedToast', { name: agent.name }));
    else if (patch.active === true) toast(t('team.reactivated', { name: agent.name }));
    else toast(t('team.changed', { name: agent.name }));
  };
  const refusalOf = (error: ErrorBody, agent: Agent) => (error.code === 'conflict' ? t('team.lastAdmin', { name: agent.name }) : refusalText(error, t));
  const resend = async (invitation: Invitation) => {
    const result = await rest<{ invitation: Invitation }>('POST', `/invitations/${invitation.id}/resend`);
    reloadInvitations();
    if (!result.ok) return setRefusal(refusalText(result.error, t));
    if (result.data.invitation.url) setResentLink({ email: invitation.email, url: result.data.invitation.url });
    else toast(t('team.resent', { email: invitation.email }));
  };
  const revoke = async (invitation: Invitation) => {
    const result = await rest('DELETE', `/invitations/${invitation.id}`);
    reloadInvitations();
    if (!result.ok) return setRefusal(refusalText(result.error, t));
    toast(t('team.revoked', { email: invitation.email }));
  };

  return (
    <Page
      title={t('team.title')}
      intro={t('team.intro')}
      action={
        <Button variant="primary" onClick={() => setInviting(true)}>
          {t('team.invite')}
        </Button>
      }
    >
      {refusal && (
        <Notice tone="danger" role="alert">
          <p>{refusal}</p>
        </Notice>
      )}
      <section aria-labelledby="team-people">
        <h2 id="team-people" class="ui-section-title">
          {t('team.people')}
        </h2>
        {people.state === 'loading' && <Loading />}
        {people.state === 'failed' && <LoadError error={people.error} onRetry={reloadPeople} />}
        {people.state === 'ready' && (
          <PeopleTable agents={people.data.agents} meId={me.id} onChange={(a, p) => void change(a, p)} onDeactivate={setConfirming} />
        )}
      </section>
      <section aria-labelledby="team-invitations">
        <h2 id="team-invitations" class="ui-section-title">
          {t('team.invitations')}
        </h2>
        {invitations.state === 'loading' && <Loading />}
        {invitations.state === 'failed' && <LoadError error={invitations.error} onRetry={reloadInvitations} />}
        {invitations.state === 'ready' && (
          <InvitationsTable invitations={invitations.data.invitations} onResend={(i) => void resend(i)} onRevoke={(i) => void revoke(i)} />
        )}
      </section>
      <InviteDrawer
        open={inviting}
        onClose={() => setInviting(false)}
        departments={departments.state === 'ready' ? departments.data.departments : []}
        onInvited={reloadInvitations}
      />
      <ConfirmModal
        open={confirming !== null}
        title={t('team.deactivateTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('team.deactivate')}
        cancelLabel={t('accounts.cancel')}
        onConfirm={() => (void change(confirming!, { active: false }), setConfirming(null))}
        onClose={() => setConfirming(null)}
      >
        <p>{t('team.deactivateBody')}</p>
      </ConfirmModal>
      <Modal
        open={resentLink !== null}
        title={t('team.inviteTitle')}
        onClose={() => setResentLink(null)}
        actions={
          <Button variant="primary" onClick={() => setResentLink(null)}>
            {t('team.done')}
          </Button>
        }
      >
        <p>{t('team.inviteLink', { email: resentLink?.email ?? '' })}</p>
        <code class="link-box">{resentLink?.url}</code>
        <CopyButton text={resentLink?.url ?? ''} variant="primary" />
      </Modal>
    </Page>
  );
}
