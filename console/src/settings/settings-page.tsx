import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Agent, Department, Site } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { SitePicker } from '../proactive/site-picker.js';
import { Button } from '../ui/button.js';
import { Notice, Page } from '../ui/page.js';
import { Tabs } from '../ui/tabs.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { AgentsPanel } from './agents-panel.js';
import { DepartmentsPanel, type DepartmentEditing } from './departments-panel.js';
import { IdentitySettings } from './identity-settings.js';
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

/** Settings (admins), in tabs: the picked site's routing, hours, acknowledgement, service levels and rules; the departments (list + drawer); the agents' roles and capacity. */
export function SettingsPage({ token, agent, sites, siteId, onSiteChange, fetchImpl }: SettingsPageProps) {
  const t = useSettingsT();
  const at = useAdminT();
  const [tab, setTab] = useState<Tab>('site');
  const [departments, setDepartments] = useState<Department[] | null>(null);
  const [editing, setEditing] = useState<DepartmentEditing | null>(null);
  const loadDepartments = useCallback(async () => {
    const result = await restCall<{ departments: Department[] }>(token, 'GET', '/departments', undefined, fetchImpl);
    setDepartments(result.ok ? result.data.departments : []);
  }, [token, fetchImpl]);
  useEffect(() => void loadDepartments(), [loadDepartments]);

  if (agent.role !== 'admin') {
    return (
      <Page title={t('settings.title')}>
        <Notice tone="warning" role="alert">
          <p>{t('settings.adminOnly')}</p>
        </Notice>
      </Page>
    );
  }
  const newDepartment = (
    <Button variant="primary" onClick={() => setEditing({ department: null })}>
      {t('settings.departments.new')}
    </Button>
  );
  return (
    <Page title={t('settings.title')} intro={at('admin.settings.intro')} action={tab === 'departments' ? newDepartment : undefined}>
      <Tabs<Tab>
        label={t('settings.title')}
        selected={tab}
        onSelect={setTab}
        tabs={(['site', 'departments', 'agents'] as const).map((key) => ({ key, label: t(`settings.tab.${key}`) }))}
      >
        {tab === 'site' && (
          <>
            <SitePicker sites={sites} siteId={siteId} onChange={onSiteChange} />
            {siteId && <IdentitySettings key={`identity-${siteId}`} token={token} siteId={siteId} fetchImpl={fetchImpl} />}
            {siteId && <SiteSettingsForm key={siteId} token={token} siteId={siteId} departments={departments ?? []} fetchImpl={fetchImpl} />}
          </>
        )}
        {tab === 'departments' && (
          <DepartmentsPanel
            token={token}
            departments={departments}
            editing={editing}
            onEdit={setEditing}
            newButton={newDepartment}
            onChanged={() => void loadDepartments()}
            fetchImpl={fetchImpl}
          />
        )}
        {tab === 'agents' && <AgentsPanel token={token} fetchImpl={fetchImpl} />}
      </Tabs>
    </Page>
  );
}
