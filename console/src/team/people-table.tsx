import type { Agent, AgentRole } from '@parley/shared';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { Avatar } from '../ui/avatar.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { Select } from '../ui/select.js';
import { Cell, EmptyState, Table } from '../ui/table.js';

export const roles: readonly AgentRole[] = ['agent', 'supervisor', 'admin'];
const capacities = Array.from({ length: 21 }, (_, i) => i);

export interface PeopleTableProps {
  agents: Agent[];
  meId: string;
  onChange(agent: Agent, patch: { role?: AgentRole; capacity?: number; active?: boolean }): void;
  onDeactivate(agent: Agent): void;
}

/** Everyone in the workspace: role and capacity change in place; access is removed (after a confirmation) or restored. */
export function PeopleTable({ agents, meId, onChange, onDeactivate }: PeopleTableProps) {
  const t = useAccountsT();
  const columns = [
    { label: t('team.col.person') },
    { label: t('team.col.role') },
    { label: t('team.col.capacity') },
    { label: t('team.col.status') },
    { label: t('team.col.actions'), actions: true },
  ];
  return (
    <Table caption={t('team.people')} columns={columns} empty={<EmptyState title={t('team.empty')} />}>
      {agents.map((agent) => {
        const active = agent.active !== false;
        return (
          <tr key={agent.id} class={active ? undefined : 'row-inactive'}>
            <Cell label={t('team.col.person')}>
              <span class="person">
                <Avatar name={agent.name} src={agent.avatarUrl} />
                <span class="person-text">
                  <strong>
                    {agent.name} {agent.id === meId && <Badge tone="accent">{t('team.you')}</Badge>}
                  </strong>
                  <span class="person-email">{agent.email}</span>
                </span>
              </span>
            </Cell>
            <Cell label={t('team.col.role')}>
              <Select
                aria-label={t('team.roleOf', { name: agent.name })}
                value={agent.role}
                onValue={(role) => onChange(agent, { role })}
                options={roles.map((r) => ({ value: r, label: t(`team.role.${r}`) }))}
              />
            </Cell>
            <Cell label={t('team.col.capacity')}>
              <Select
                aria-label={t('team.capacityOf', { name: agent.name })}
                value={String(agent.capacity)}
                onValue={(v) => onChange(agent, { capacity: Number(v) })}
                options={capacities.map((c) => ({ value: String(c), label: c === 0 ? t('team.capacity.default') : String(c) }))}
              />
            </Cell>
            <Cell label={t('team.col.status')}>
              <Badge tone={active ? 'success' : 'neutral'}>{active ? t('team.active') : t('team.deactivated')}</Badge>
            </Cell>
            <Cell label={t('team.col.actions')} actions>
              {active ? (
                <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => onDeactivate(agent)}>
                  {t('team.deactivate')}
                </Button>
              ) : (
                <Button size="small" onClick={() => onChange(agent, { active: true })}>
                  {t('team.reactivate')}
                </Button>
              )}
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}
