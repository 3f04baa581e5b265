import { useState } from 'preact/hooks';
import { agentCommand, type AgentPresence, type Department } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';

export interface TransferDialogProps {
  socket: ConsoleSocket;
  conversationId: string;
  selfId: string;
  agents: readonly AgentPresence[];
  departments: readonly Department[];
  onClose(): void;
}

/** To another agent or to a team's queue, with a note the receiver reads and the visitor never sees. */
export function TransferDialog({ socket, conversationId, selfId, agents, departments, onClose }: TransferDialogProps) {
  const { t } = useI18n();
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const [kind, id] = target.split(':');
    if (!id) return;
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
    <form class="transfer-dialog" role="dialog" aria-label={t('console.transfer.title')} onSubmit={(e) => void submit(e)}>
      <h3>{t('console.transfer.title')}</h3>
      <label>
        {t('console.transfer.to')}
        <select required value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
          <option value="" />
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
      </label>
      <label>
        {t('console.transfer.note')}
        <textarea rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      {error && <p class="form-error">{error}</p>}
      <div class="dialog-actions">
        <button type="button" class="button" onClick={onClose}>
          {t('console.transfer.cancel')}
        </button>
        <button type="submit" class="button primary" disabled={busy || !target}>
          {t('console.transfer.submit')}
        </button>
      </div>
    </form>
  );
}
