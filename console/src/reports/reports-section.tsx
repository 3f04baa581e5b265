import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Agent } from '@parley/shared';
import { Loading, LoadError, Notice, Page } from '../ui/page.js';
import { useReportsT } from './use-reports-t.js';

/**
 * The Reports entry of the console: supervisors and admins get the page, loaded on first visit
 * (its code and the chart library are a chunk of their own, fetched only here); agents are told
 * it is not for them (the server refuses them too).
 */
export function ReportsSection({ agent }: { agent: Agent }) {
  const t = useReportsT();
  const [ReportsPage, setReportsPage] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(0);
  const allowed = agent.role !== 'agent';
  useEffect(() => {
    if (!allowed) return;
    import('./reports-page.js').then(
      (m) => setReportsPage(() => m.ReportsPage),
      () => setFailed((n) => n + 1),
    );
  }, [allowed, failed]);
  if (!allowed) {
    return (
      <Page title={t('reports.title')}>
        <Notice>{t('reports.forbidden')}</Notice>
      </Page>
    );
  }
  if (ReportsPage) return <ReportsPage />;
  return (
    <Page title={t('reports.title')}>
      {failed > 0 ? <LoadError error={{ code: 'unavailable', message: '' }} onRetry={() => setFailed((n) => n + 1)} /> : <Loading />}
    </Page>
  );
}
