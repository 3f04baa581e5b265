import { useEffect, useState } from 'preact/hooks';
import type { AgentPresence, AgentRole } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { SaveStatus, useSaveState } from './save-state.js';
import { useSettingsT } from './use-settings-t.js';
import { Avatar } from '../ui/avatar.js';
import { Button } from '../ui/button.js';
import { Loading } from '../ui/page.js';
import { Select } from '../ui/select.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { TextInput } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';

const roles: AgentRole[] = ['agent', 'supervisor', 'admin'];

/** The workspace's people: each one's role and how many chats routing gives them at once. */
export function AgentsPanel({ token, fetchImpl }: { token: string; fetchImpl?: typeof fetch | undefined }) {
  const t = useSettingsT();
  const at = useAdminT();
  const [agents, setAgents] = useState<AgentPresence[] | null>(null);
  useEffect(() => {
    void restCall<{ agents: AgentPresence[] }>(token, 'GET', '/agents', undefined, fetchImpl).then((r) => setAgents(r.ok ? r.data.agents : []));
  }, [token, fetchImpl]);
  if (!agents) return <Loading />;
  return (
    <>
      <p class="ui-card-intro agents-intro">{at('admin.agents.intro')}</p>
      <Table
        caption={t('settings.tab.agents')}
        columns={[{ label: t('settings.agents.name') }, { label: t('settings.agents.role') }, { label: `${t('settings.agents.capacity')} (${t('settings.agents.capacityHint')})` }, { label: at('admin.actions'), actions: true }]}
        empty={<EmptyState title={t('settings.departments.noAgents')}>{at('admin.agents.emptyText')}</EmptyState>}
      >
        {agents.map((agent) => (
          <AgentRow key={agent.id} token={token} agent={agent} fetchImpl={fetchImpl} />
        ))}
      </Table>
    </>
  );
}

/** One person's row: sends only what changed; a refusal (the last admin, a bad number) shows in the row and changes nothing. */
function AgentRow({ token, agent, fetchImpl }: { token: string; agent: AgentPresence; fetchImpl?: typeof fetch | undefined }) {
  const t = useSettingsT();
  const at = useAdminT();
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
      <Cell label={t('settings.agents.name')}>
        <span class="agent-cell">
          <Avatar name={agent.name} size={32} />
          <span>
            <strong>{agent.name}</strong>
            <span class="agent-email">{agent.email}</span>
          </span>
        </span>
      </Cell>
      <Cell label={t('settings.agents.role')}>
        <Select
          aria-label={`${t('settings.agents.role')} ${agent.name}`}
          value={role}
          options={roles.map((r) => ({ value: r, label: t(`settings.agents.role.${r}`) }))}
          onValue={(r: AgentRole) => setRole(r)}
        />
      </Cell>
      <Cell label={t('settings.agents.capacity')}>
        <TextInput
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          step={1}
          class="ui-input-narrow"
          aria-label={`${t('settings.agents.capacity')} ${agent.name}`}
          value={capacity}
          onValue={setCapacity}
        />
      </Cell>
      <Cell label={at('admin.actions')} actions>
        <Button size="small" aria-label={t('settings.agents.saveFor', { name: agent.name })} busy={save.outcome.kind === 'saving'} onClick={() => void submit()}>
          {t('settings.agents.save')}
        </Button>
        <SaveStatus outcome={save.outcome} />
      </Cell>
    </tr>
  );
}
