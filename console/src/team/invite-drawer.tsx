import { useState } from 'preact/hooks';
import type { AgentRole, Department, ErrorBody, Invitation } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { issueText } from '../accounts/issue-text.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { Button } from '../ui/button.js';
import { CopyButton } from '../ui/copy-button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { Select } from '../ui/select.js';
import { TextInput } from '../ui/text-input.js';
import { useToast } from '../ui/toast.js';
import { roles } from './people-table.js';

const empty = { email: '', role: 'agent' as AgentRole, departmentIds: [] as string[], capacity: '0' };

/**
 * Invite by email with a role, departments and capacity. Without SMTP on the server the answer
 * carries the one-time link: it is shown here with a copy button instead of "sent".
 */
export function InviteDrawer({ open, onClose, departments, onInvited }: { open: boolean; onClose(): void; departments: Department[]; onInvited(): void }) {
  const t = useAccountsT();
  const rest = useRestClient();
  const toast = useToast();
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const reset = () => (setForm(empty), setRefusal(null), setLink(null));
  const close = () => (reset(), onClose());

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const result = await rest<{ invitation: Invitation }>('POST', '/invitations', { ...form, capacity: Number(form.capacity) });
    setBusy(false);
    if (!result.ok) return setRefusal(result.error);
    onInvited();
    const { invitation } = result.data;
    if (invitation.url) setLink({ email: invitation.email, url: invitation.url });
    else (toast(t('team.invited', { email: invitation.email })), close());
  };
  const issue = (path: string) => issueText(refusal?.issues ?? [], path, t);
  const toggle = (id: string) =>
    setForm((f) => ({ ...f, departmentIds: f.departmentIds.includes(id) ? f.departmentIds.filter((d) => d !== id) : [...f.departmentIds, id] }));

  return (
    <Drawer
      open={open}
      title={t('team.inviteTitle')}
      onClose={close}
      footer={
        link ? (
          <>
            <Button onClick={reset}>{t('team.inviteAnother')}</Button>
            <Button variant="primary" onClick={close}>
              {t('team.done')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{t('accounts.cancel')}</Button>
            <Button variant="primary" busy={busy} onClick={() => void send()}>
              {t('team.inviteSend')}
            </Button>
          </>
        )
      }
    >
      {link ? (
        <div class="invite-link">
          <Notice tone="warning" role="status">
            <p>{t('team.inviteLink', { email: link.email })}</p>
          </Notice>
          <Field label={t('team.inviteLinkLabel', { email: link.email })}>
            {(c) => <TextInput {...c} readOnly value={link.url} onValue={() => {}} onFocus={(e) => e.currentTarget.select()} />}
          </Field>
          <CopyButton text={link.url} variant="primary" />
        </div>
      ) : (
        <Form onSubmit={() => void send()}>
          {refusal && !refusal.issues?.length && (
            <Notice tone="danger" role="alert">
              <p>{refusalText(refusal, t)}</p>
            </Notice>
          )}
          <Field label={t('team.inviteEmail')} error={issue('email')}>
            {(c) => <TextInput {...c} data-autofocus type="email" autoComplete="off" value={form.email} onValue={(email) => setForm((f) => ({ ...f, email }))} />}
          </Field>
          <Field label={t('team.inviteRole')} help={t('team.roleHelp')} error={issue('role')}>
            {(c) => <Select {...c} value={form.role} onValue={(role) => setForm((f) => ({ ...f, role }))} options={roles.map((r) => ({ value: r, label: t(`team.role.${r}`) }))} />}
          </Field>
          <fieldset class="ui-field checkbox-group">
            <legend class="ui-field-label">{t('team.inviteDepartments')}</legend>
            {departments.length === 0 ? (
              <p class="ui-field-help">{t('team.noDepartments')}</p>
            ) : (
              <>
                {departments.map((d) => (
                  <label key={d.id} class="checkbox">
                    <input type="checkbox" checked={form.departmentIds.includes(d.id)} onChange={() => toggle(d.id)} />
                    {d.name}
                  </label>
                ))}
                <p class="ui-field-help">{t('team.inviteDepartmentsHelp')}</p>
              </>
            )}
          </fieldset>
          <Field label={t('team.inviteCapacity')} help={t('team.inviteCapacityHelp')} error={issue('capacity')}>
            {(c) => <TextInput {...c} type="number" min={0} max={50} inputMode="numeric" value={form.capacity} onValue={(capacity) => setForm((f) => ({ ...f, capacity }))} />}
          </Field>
          <button type="submit" hidden />
        </Form>
      )}
    </Drawer>
  );
}
