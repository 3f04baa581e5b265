import { useEffect, useState } from 'preact/hooks';
import type { AgentPresence, Department } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { DepartmentEditor } from './department-editor.js';
import { useSettingsT } from './use-settings-t.js';

export interface DepartmentsPanelProps {
  token: string;
  departments: Department[];
  /** After a department is created or changed: the page reloads the list (the rules' select uses it too). */
  onChanged(): void;
  fetchImpl?: typeof fetch;
}

/** The workspace's departments: members, escalation, hours; create one or edit one. No deletion (see the README). */
export function DepartmentsPanel({ token, departments, onChanged, fetchImpl }: DepartmentsPanelProps) {
  const t = useSettingsT();
  const [agents, setAgents] = useState<AgentPresence[]>([]);
  const [editing, setEditing] = useState<{ department: Department | null } | null>(null);
  useEffect(() => {
    void restCall<{ agents: AgentPresence[] }>(token, 'GET', '/agents', undefined, fetchImpl).then((r) => r.ok && setAgents(r.data.agents));
  }, [token, fetchImpl]);
  const nameOf = (id: string | null) => departments.find((d) => d.id === id)?.name ?? t('settings.departments.noEscalation');

  return (
    <div class="departments-panel">
      {!editing && (
        <button type="button" class="button" onClick={() => setEditing({ department: null })}>
          {t('settings.departments.new')}
        </button>
      )}
      {editing && (
        <DepartmentEditor
          key={editing.department?.id ?? 'new'}
          token={token}
          department={editing.department}
          departments={departments}
          agents={agents}
          fetchImpl={fetchImpl}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
      {departments.length === 0 ? (
        <p class="muted">{t('settings.departments.empty')}</p>
      ) : (
        <table class="live-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.departments.name')}</th>
              <th scope="col">{t('settings.departments.members')}</th>
              <th scope="col">{t('settings.departments.escalatesTo')}</th>
              <th scope="col">{t('settings.departments.hours')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td title={d.memberIds.map((id) => agents.find((a) => a.id === id)?.name ?? id).join(', ')}>
                  {t('settings.departments.memberCount', { count: d.memberIds.length })}
                </td>
                <td>{nameOf(d.escalatesToId)}</td>
                <td>{d.hours ? d.hours.timeZone : t('settings.departments.siteHours')}</td>
                <td>
                  <button type="button" class="button subtle" aria-label={`${t('settings.departments.edit')} ${d.name}`} onClick={() => setEditing({ department: d })}>
                    {t('settings.departments.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
