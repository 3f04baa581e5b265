import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Agent, Site, TriggerRule, TriggerStats } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { restCall } from '../api/rest-client.js';
import { SitePicker } from '../proactive/site-picker.js';
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

/** The site's trigger rules with their funnel (shown → opened → replied → conversations → goals), and the editor. */
export function TriggersPage({ token, agent, sites, siteId, onSiteChange }: TriggersPageProps) {
  const { t } = useI18n();
  const [rules, setRules] = useState<TriggerRule[]>([]);
  const [stats, setStats] = useState<Map<string, TriggerStats>>(new Map());
  const [editing, setEditing] = useState<{ id: string | null; draft: RuleDraft } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canManage = agent.role !== 'agent';

  const load = useCallback(async () => {
    if (!siteId) return;
    const [list, counts] = await Promise.all([
      restCall<{ triggers: TriggerRule[] }>(token, 'GET', `/sites/${siteId}/triggers`),
      restCall<{ stats: TriggerStats[] }>(token, 'GET', `/sites/${siteId}/triggers/stats`),
    ]);
    if (list.ok) setRules(list.data.triggers);
    if (counts.ok) setStats(new Map(counts.data.stats.map((s) => [s.ruleId, s])));
  }, [token, siteId]);
  useEffect(() => void load(), [load]);

  const save = async (id: string | null, draft: RuleDraft) => {
    const res = id
      ? await restCall(token, 'PUT', `/sites/${siteId}/triggers/${id}`, draft)
      : await restCall(token, 'POST', `/sites/${siteId}/triggers`, draft);
    if (!res.ok) return setError(t('console.error.generic', { reason: res.error.message }));
    setEditing(null);
    setError(null);
    await load();
  };
  const remove = async (id: string) => {
    await restCall(token, 'DELETE', `/sites/${siteId}/triggers/${id}`);
    await load();
  };

  return (
    <section class="page triggers-page">
      <header class="page-header">
        <h1>{t('console.triggers.title')}</h1>
        <SitePicker sites={sites} siteId={siteId} onChange={onSiteChange} />
        {canManage && !editing && (
          <button type="button" class="button" onClick={() => setEditing({ id: null, draft: emptyDraft() })}>
            {t('console.triggers.new')}
          </button>
        )}
      </header>
      {editing && <RuleEditor initial={editing.draft} error={error} onSave={(d) => void save(editing.id, d)} onCancel={() => setEditing(null)} />}
      {rules.length === 0 ? (
        <p class="pick">{t('console.triggers.empty')}</p>
      ) : (
        <table class="live-table">
          <thead>
            <tr>
              <th scope="col">{t('console.triggers.name')}</th>
              <th scope="col">{t('console.triggers.priority')}</th>
              {funnel.map((k) => (
                <th scope="col" key={k}>
                  {t(`console.triggers.${k}`)}
                </th>
              ))}
              <th scope="col">{t('console.triggers.enabled')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.id} class={rule.enabled ? '' : 'away'}>
                <td>{rule.name}</td>
                <td>{rule.priority}</td>
                {funnel.map((k) => (
                  <td key={k}>{stats.get(rule.id)?.[k] ?? 0}</td>
                ))}
                <td>{rule.enabled ? '✓' : '—'}</td>
                <td>
                  {canManage && (
                    <>
                      <button type="button" class="button subtle" onClick={() => setEditing({ id: rule.id, draft: draftOf(rule) })}>
                        {t('console.triggers.edit')}
                      </button>{' '}
                      <button type="button" class="button subtle" onClick={() => void remove(rule.id)}>
                        {t('console.triggers.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
