import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AgentPresence, Department } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { Button } from '../ui/button.js';
import { Loading } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { DepartmentEditor } from './department-editor.js';
import { useSettingsT } from './use-settings-t.js';

/** The department open in the drawer; `null` inside: a new one. */
export interface DepartmentEditing {
  department: Department | null;
}

export interface DepartmentsPanelProps {
  token: string;
  /** `null` while loading. */
  departments: Department[] | null;
  editing: DepartmentEditing | null;
  onEdit(editing: DepartmentEditing | null): void;
  /** The page's "New department" button, repeated in the empty state. */
  newButton: ComponentChildren;
  /** After a department is created or changed: the page reloads the list (the rules' select uses it too). */
  onChanged(): void;
  fetchImpl?: typeof fetch;
}

/** The workspace's departments in a table: members, escalation, hours; each created or edited in a drawer. No deletion (see the README). */
export function DepartmentsPanel({ token, departments, editing, onEdit, newButton, onChanged, fetchImpl }: DepartmentsPanelProps) {
  const t = useSettingsT();
  const at = useAdminT();
  const toast = useToast();
  const [agents, setAgents] = useState<AgentPresence[]>([]);
  useEffect(() => {
    void restCall<{ agents: AgentPresence[] }>(token, 'GET', '/agents', undefined, fetchImpl).then((r) => r.ok && setAgents(r.data.agents));
  }, [token, fetchImpl]);
  if (!departments) return <Loading />;
  const nameOf = (id: string | null) => departments.find((d) => d.id === id)?.name ?? t('settings.departments.noEscalation');
  const columns = [
    { label: t('settings.departments.name') },
    { label: t('settings.departments.members') },
    { label: t('settings.departments.escalatesTo') },
    { label: t('settings.departments.hours') },
    { label: at('admin.actions'), actions: true },
  ];

  return (
    <>
      <Table
        caption={t('settings.tab.departments')}
        columns={columns}
        empty={
          <EmptyState title={t('settings.departments.empty')} action={newButton}>
            {at('admin.departments.emptyText')}
          </EmptyState>
        }
      >
        {departments.map((d) => (
          <tr key={d.id}>
            <Cell label={t('settings.departments.name')}>
              <strong>{d.name}</strong>
            </Cell>
            <Cell label={t('settings.departments.members')}>
              <span title={d.memberIds.map((id) => agents.find((a) => a.id === id)?.name ?? id).join(', ')}>{t('settings.departments.memberCount', { count: d.memberIds.length })}</span>
            </Cell>
            <Cell label={t('settings.departments.escalatesTo')}>{nameOf(d.escalatesToId)}</Cell>
            <Cell label={t('settings.departments.hours')}>{d.hours ? d.hours.timeZone : t('settings.departments.siteHours')}</Cell>
            <Cell label={at('admin.actions')} actions>
              <Button size="small" aria-label={`${t('settings.departments.edit')} ${d.name}`} onClick={() => onEdit({ department: d })}>
                {t('settings.departments.edit')}
              </Button>
            </Cell>
          </tr>
        ))}
      </Table>
      {editing && (
        <DepartmentEditor
          key={editing.department?.id ?? 'new'}
          token={token}
          department={editing.department}
          departments={departments}
          agents={agents}
          fetchImpl={fetchImpl}
          onCancel={() => onEdit(null)}
          onSaved={(saved) => {
            onEdit(null);
            toast(at('admin.departments.saved', { name: saved.name }));
            onChanged();
          }}
        />
      )}
    </>
  );
}
