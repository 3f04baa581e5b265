import { useId, useState } from 'preact/hooks';
import { agentCommand, type AgentPresence, type Department } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Modal } from '../ui/modal.js';
import { TextArea } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';

export interface TransferDialogProps {
  socket: ConsoleSocket;
  conversationId: string;
  selfId: string;
  agents: readonly AgentPresence[];
  departments: readonly Department[];
  onClose(): void;
}

/** A modal dialog: to another agent or to a team's queue, with a note the receiver reads and the visitor never sees. */
export function TransferDialog({ socket, conversationId, selfId, agents, departments, onClose }: TransferDialogProps) {
  const { t } = useI18n();
  const at = useAdminT();
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  const submit = async () => {
    const [kind, id] = target.split(':');
    if (!id) return setError(at('admin.transfer.pick'));
    setBusy(true);
    const ack = await agentCommand(
      socket,
      'conversation:transfer',
      kind === 'agent' ? { conversationId, agentId: id, note } : { conversationId, departmentId: id, note },
      COMMAND_TIMEOUT_MS,
    );
    setBusy(false);
    if (ack.ok) onClose();
    else setError(t('console.error.generic', { reason: ack.error.message }));
  };
  return (
    <Modal
      open
      title={t('console.transfer.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('console.transfer.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={busy} disabled={!target}>
            {t('console.transfer.submit')}
          </Button>
        </>
      }
    >
      <Form id={formId} class="transfer-dialog" onSubmit={() => void submit()}>
        <Field label={t('console.transfer.to')} error={error}>
          {(c) => (
            <span class="ui-select">
              <select {...c} value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{at('admin.transfer.choose')}</option>
                <optgroup label={t('console.transfer.agents')}>
                  {agents
                    .filter((a) => a.id !== selfId)
                    .map((a) => (
                      <option key={a.id} value={`agent:${a.id}`}>
                        {a.name} · {t(`console.agentStatus.${a.connected ? a.status : 'offline'}`)} · {a.activeChats}
                      </option>
                    ))}
                </optgroup>
                <optgroup label={t('console.transfer.teams')}>
                  {departments.map((d) => (
                    <option key={d.id} value={`department:${d.id}`}>
                      {d.name}
                    </option>
                  ))}
                </optgroup>
              </select>
            </span>
          )}
        </Field>
        <Field label={t('console.transfer.note')}>{(c) => <TextArea {...c} rows={3} value={note} onValue={setNote} />}</Field>
      </Form>
    </Modal>
  );
}
