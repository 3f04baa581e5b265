import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Agent, Department, Site } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { SitePicker } from '../proactive/site-picker.js';
import { AgentsPanel } from './agents-panel.js';
import { DepartmentsPanel } from './departments-panel.js';
import { SiteSettingsForm } from './site-settings-form.js';
import { useSettingsT } from './use-settings-t.js';

export interface SettingsPageProps {
  token: string;
  agent: Agent;
  sites: Site[];
  siteId: string | null;
  onSiteChange(id: string): void;
  fetchImpl?: typeof fetch;
}

type Tab = 'site' | 'departments' | 'agents';

/** Settings (admins): the picked site's routing, hours, acknowledgement, service levels and rules; the departments; the agents' roles and capacity. */
export function SettingsPage({ token, agent, sites, siteId, onSiteChange, fetchImpl }: SettingsPageProps) {
  const t = useSettingsT();
  const [tab, setTab] = useState<Tab>('site');
  const [departments, setDepartments] = useState<Department[]>([]);
  const loadDepartments = useCallback(async () => {
    const result = await restCall<{ departments: Department[] }>(token, 'GET', '/departments', undefined, fetchImpl);
    if (result.ok) setDepartments(result.data.departments);
  }, [token, fetchImpl]);
  useEffect(() => void loadDepartments(), [loadDepartments]);

  if (agent.role !== 'admin') return <section class="page"><p role="alert">{t('settings.adminOnly')}</p></section>;
  return (
    <section class="page settings-page">
      <header class="page-header">
        <h1>{t('settings.title')}</h1>
        {tab === 'site' && <SitePicker sites={sites} siteId={siteId} onChange={onSiteChange} />}
      </header>
      <div class="settings-tabs" role="tablist">
        {(['site', 'departments', 'agents'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} class="button subtle" onClick={() => setTab(name)}>
            {t(`settings.tab.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'site' && siteId && <SiteSettingsForm key={siteId} token={token} siteId={siteId} departments={departments} fetchImpl={fetchImpl} />}
      {tab === 'departments' && <DepartmentsPanel token={token} departments={departments} onChanged={() => void loadDepartments()} fetchImpl={fetchImpl} />}
      {tab === 'agents' && <AgentsPanel token={token} fetchImpl={fetchImpl} />}
    </section>
  );
}
