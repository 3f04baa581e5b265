import { useState } from 'preact/hooks';
import type { Agent, ErrorBody, Site, TriggerRule, TriggerStats } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { restCall, type RestResult } from '../api/rest-client.js';
import { useLoad } from '../accounts/use-load.js';
import { SitePicker } from '../proactive/site-picker.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { LoadError, Loading, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { draftOf, emptyDraft, type RuleDraft } from './rule-draft.js';
import { RuleEditor } from './rule-editor.js';

export interface TriggersPageProps {
  token: string;
  agent: Agent;
  sites: Site[];
  siteId: string | null;
  onSiteChange(id: string): void;
}

const funnel = ['shown', 'opened', 'replied', 'conversations', 'goals'] as const;

interface Listed {
  rules: TriggerRule[];
  stats: Map<string, TriggerStats>;
}

/** The site's rules and their funnel (shown → opened → replied → conversations → goals) in a table; each rule edited in a drawer. */
export function TriggersPage({ token, agent, sites, siteId, onSiteChange }: TriggersPageProps) {
  const { t } = useI18n();
  const at = useAdminT();
  const toast = useToast();
  const [editing, setEditing] = useState<{ rule: TriggerRule | null; draft: RuleDraft } | null>(null);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<TriggerRule | null>(null);
  const canManage = agent.role !== 'agent';

  const [loaded, reload] = useLoad<Listed>(async (): Promise<RestResult<Listed>> => {
    if (!siteId) return { ok: true, data: { rules: [], stats: new Map() } };
    const [list, counts] = await Promise.all([
      restCall<{ triggers: TriggerRule[] }>(token, 'GET', `/sites/${siteId}/triggers`),
      restCall<{ stats: TriggerStats[] }>(token, 'GET', `/sites/${siteId}/triggers/stats`),
    ]);
    if (!list.ok) return list;
    return { ok: true, data: { rules: list.data.triggers, stats: new Map(counts.ok ? counts.data.stats.map((s) => [s.ruleId, s]) : []) } };
  }, [token, siteId]);

  const open = (rule: TriggerRule | null) => {
    setRefusal(null);
    setEditing({ rule, draft: rule ? draftOf(rule) : emptyDraft() });
  };
  const save = async (draft: RuleDraft) => {
    if (!editing || saving) return;
    setSaving(true);
    const res = editing.rule
      ? await restCall(token, 'PUT', `/sites/${siteId}/triggers/${editing.rule.id}`, draft)
      : await restCall(token, 'POST', `/sites/${siteId}/triggers`, draft);
    setSaving(false);
    if (!res.ok) return setRefusal(res.error);
    toast(at('admin.triggers.saved', { name: draft.name }));
    setEditing(null);
    reload();
  };
  const remove = async () => {
    if (!deleting) return;
    const res = await restCall(token, 'DELETE', `/sites/${siteId}/triggers/${deleting.id}`);
    if (!res.ok) return toast(t('console.error.generic', { reason: res.error.message }), 'danger');
    toast(at('admin.triggers.deleted', { name: deleting.name }));
    setDeleting(null);
    reload();
  };

  const newButton = (
    <Button variant="primary" onClick={() => open(null)}>
      {t('console.triggers.new')}
    </Button>
  );
  const columns = [
    { label: t('console.triggers.name') },
    { label: t('console.triggers.priority'), numeric: true },
    ...funnel.map((k) => ({ label: t(`console.triggers.${k}`), numeric: true })),
    { label: at('admin.status') },
    { label: at('admin.actions'), actions: true },
  ];
  return (
    <Page title={t('console.triggers.title')} intro={at('admin.triggers.intro')} action={canManage && siteId ? newButton : undefined}>
      <SitePicker sites={sites} siteId={siteId} onChange={onSiteChange} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <Table
          caption={at('admin.triggers.caption')}
          columns={columns}
          empty={
            <EmptyState title={t('console.triggers.empty')} action={canManage && siteId ? newButton : undefined}>
              {canManage ? at('admin.triggers.emptyText') : at('admin.triggers.emptyTextAgent')}
            </EmptyState>
          }
        >
          {loaded.data.rules.map((rule) => (
            <tr key={rule.id}>
              <Cell label={t('console.triggers.name')}>
                <strong>{rule.name}</strong>
              </Cell>
              <Cell label={t('console.triggers.priority')} numeric>
                {rule.priority}
              </Cell>
              {funnel.map((k) => (
                <Cell key={k} label={t(`console.triggers.${k}`)} numeric>
                  {loaded.data.stats.get(rule.id)?.[k] ?? 0}
                </Cell>
              ))}
              <Cell label={at('admin.status')}>
                <Badge tone={rule.enabled ? 'success' : 'neutral'}>{rule.enabled ? at('admin.on') : at('admin.off')}</Badge>
              </Cell>
              <Cell label={at('admin.actions')} actions>
                {canManage && (
                  <>
                    <Button size="small" onClick={() => open(rule)} aria-label={at('admin.editNamed', { name: rule.name })}>
                      {t('console.triggers.edit')}
                    </Button>
                    <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => setDeleting(rule)} aria-label={at('admin.deleteNamed', { name: rule.name })}>
                      {t('console.triggers.delete')}
                    </Button>
                  </>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {editing && (
        <RuleEditor editingName={editing.rule?.name ?? null} initial={editing.draft} refusal={refusal} saving={saving} onSave={(d) => void save(d)} onCancel={() => setEditing(null)} />
      )}
      <ConfirmModal
        open={deleting !== null}
        title={at('admin.triggers.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={at('admin.triggers.deleteConfirm')}
        cancelLabel={t('console.triggers.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        <p>{at('admin.triggers.deleteBody')}</p>
      </ConfirmModal>
    </Page>
  );
}
