import { useEffect, useState } from 'preact/hooks';
import type { AgentPresence, AgentRole } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { SaveStatus, useSaveState } from './save-state.js';
import { useSettingsT } from './use-settings-t.js';

const roles: AgentRole[] = ['agent', 'supervisor', 'admin'];

/** The workspace's people: each one's role and how many chats routing gives them at once. */
export function AgentsPanel({ token, fetchImpl }: { token: string; fetchImpl?: typeof fetch | undefined }) {
  const t = useSettingsT();
  const [agents, setAgents] = useState<AgentPresence[] | null>(null);
  useEffect(() => {
    void restCall<{ agents: AgentPresence[] }>(token, 'GET', '/agents', undefined, fetchImpl).then((r) => setAgents(r.ok ? r.data.agents : []));
  }, [token, fetchImpl]);
  if (!agents) return <p class="muted">{t('settings.loading')}</p>;
  if (!agents.length) return <p class="muted">{t('settings.departments.noAgents')}</p>;
  return (
    <table class="live-table agents-table">
      <thead>
        <tr>
          <th scope="col">{t('settings.agents.name')}</th>
          <th scope="col">{t('settings.agents.role')}</th>
          <th scope="col">
            {t('settings.agents.capacity')} <span class="muted">({t('settings.agents.capacityHint')})</span>
          </th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {agents.map((agent) => (
          <AgentRow key={agent.id} token={token} agent={agent} fetchImpl={fetchImpl} />
        ))}
      </tbody>
    </table>
  );
}

/** One person's row: sends only what changed; a refusal (the last admin, a bad number) shows in the row and changes nothing. */
function AgentRow({ token, agent, fetchImpl }: { token: string; agent: AgentPresence; fetchImpl?: typeof fetch | undefined }) {
  const t = useSettingsT();
  const [saved, setSaved] = useState(agent);
  const [role, setRole] = useState<AgentRole>(agent.role);
  const [capacity, setCapacity] = useState(String(agent.capacity));
  const save = useSaveState();
  const patch = {
    ...(role !== saved.role ? { role } : {}),
    ...(capacity !== String(saved.capacity) ? { capacity: Number(capacity) } : {}),
  };
  const submit = async () => {
    const result = await save.run(Object.keys(patch).length > 0, () =>
      restCall<{ agent: AgentPresence }>(token, 'PATCH', `/agents/${encodeURIComponent(agent.id)}`, patch, fetchImpl),
    );
    if (result) setSaved(result.agent);
  };
  return (
    <tr>
      <th scope="row">
        {agent.name} <span class="muted">{agent.email}</span>
      </th>
      <td>
        <select aria-label={`${t('settings.agents.role')} ${agent.name}`} value={role} onChange={(e) => setRole(e.currentTarget.value as AgentRole)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`settings.agents.role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          step={1}
          aria-label={`${t('settings.agents.capacity')} ${agent.name}`}
          value={capacity}
          onInput={(e) => setCapacity(e.currentTarget.value)}
        />
      </td>
      <td>
        <button type="button" class="button subtle" aria-label={t('settings.agents.saveFor', { name: agent.name })} onClick={() => void submit()}>
          {t('settings.agents.save')}
        </button>
        <SaveStatus outcome={save.outcome} />
      </td>
    </tr>
  );
}
