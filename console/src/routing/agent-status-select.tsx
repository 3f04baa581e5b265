import { useState } from 'preact/hooks';
import { agentCommand, agentStatuses, type AgentStatus } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';

/**
 * Online / Away / Offline. The server keeps the choice (a reload shows it again, from the
 * socket's session); only online agents are given new chats.
 */
export function AgentStatusSelect({ socket, agentId }: { socket: ConsoleSocket; agentId: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<AgentStatus | null>(null);
  useSocketEvent(socket, 'session', ({ agent }) => setStatus(agent.status ?? 'online'));
  useSocketEvent(socket, 'agent:updated', (agent) => agent.id === agentId && setStatus(agent.status));
  const choose = async (next: AgentStatus) => {
    const previous = status;
    setStatus(next);
    const ack = await agentCommand(socket, 'agent:status', { status: next }, COMMAND_TIMEOUT_MS);
    if (!ack.ok) setStatus(previous);
  };
  return (
    <label class={`agent-status status-${status ?? 'unknown'}`}>
      <span class="sr-only">{t('console.agentStatus.label')}</span>
      <select value={status ?? ''} disabled={status === null} onChange={(e) => void choose((e.currentTarget as HTMLSelectElement).value as AgentStatus)}>
        {status === null && <option value="" />}
        {agentStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`console.agentStatus.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
