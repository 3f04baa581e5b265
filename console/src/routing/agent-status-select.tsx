import { agentStatuses, type AgentStatus } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** Online / Away / Offline (`useAgentStatus` holds the value); only online agents are given new chats. */
export function AgentStatusSelect({ status, onChoose, label }: { status: AgentStatus | null; onChoose(next: AgentStatus): void; label?: string }) {
  const { t } = useI18n();
  return (
    <label class={`agent-status status-${status ?? 'unknown'}`}>
      <span class={label ? 'agent-status-label' : 'sr-only'}>{label ?? t('console.agentStatus.label')}</span>
      <select value={status ?? ''} disabled={status === null} onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value as AgentStatus)}>
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
