import { useMemo, useState } from 'preact/hooks';
import type { AgentPresence, Department, ReportAgents, ReportDepartments, ReportHeatmap, ReportOverview, Site, Tag } from '@parley/shared';
import { useRestClient, type RestResult } from '../api/rest-client.js';
import { useLoad } from '../accounts/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Field } from '../ui/field.js';
import { LoadError, Loading, Notice, Page } from '../ui/page.js';
import { Select } from '../ui/select.js';
import type { FieldControlProps } from '../ui/field.js';
import { HeatmapGrid } from './heatmap-grid.js';
import { OverviewCards } from './overview-cards.js';
import { ReportCharts } from './report-charts.js';
import { ReportTables } from './report-tables.js';
import { formatDay } from './report-format.js';
import { reportQuery, validRange } from './report-query.js';
import { addDays, presetRange, timeZoneChoices, workspaceTimeZone, type RangePreset } from './report-range.js';
import { useReportsT } from './use-reports-t.js';
import '../styles/reports.css';

export interface ReportData {
  overview: ReportOverview;
  heatmap: ReportHeatmap;
  agents: ReportAgents;
  departments: ReportDepartments;
}

const presets: RangePreset[] = ['today', '7d', '30d', 'custom'];

/**
 * Reports for supervisors and admins: a period (today, 7 days, 30 days, custom) compared with
 * the one before it, filters, the overview's cards, charts each beside the table of its
 * numbers, the busiest hours, and the agents' and departments' tables; every table exports CSV.
 * Days and hours are cut in the workspace's zone unless another is picked.
 */
export function ReportsPage() {
  const t = useReportsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const [sites] = useLoad(() => rest<{ sites: Site[] }>('GET', '/sites'), [rest]);
  const [departments] = useLoad(() => rest<{ departments: Department[] }>('GET', '/departments'), [rest]);
  const [agents] = useLoad(() => rest<{ agents: AgentPresence[] }>('GET', '/agents'), [rest]);
  const [tags] = useLoad(() => rest<{ tags: Tag[] }>('GET', '/tags'), [rest]);
  const workspaceZone = sites.state === 'ready' ? workspaceTimeZone(sites.data.sites) : null;
  // '' is the workspace's zone; the reports wait for the sites to know which that is.
  const [zoneChoice, setZoneChoice] = useState('');
  const timeZone = zoneChoice || workspaceZone || 'UTC';
  const zones = useMemo(() => timeZoneChoices(timeZone), [timeZone]);
  const [preset, setPreset] = useState<RangePreset>('7d');
  const [custom, setCustom] = useState(() => presetRange('7d', timeZone));
  const [site, setSite] = useState('');
  const [department, setDepartment] = useState('');
  const [agent, setAgent] = useState('');
  const [tag, setTag] = useState('');
  const range = preset === 'custom' ? custom : presetRange(preset, timeZone);
  const valid = validRange(range.from, range.to);
  const zoneKnown = zoneChoice !== '' || sites.state !== 'loading';
  const query = reportQuery({ ...range, timeZone, site, department, agent, tag });

  const [loaded, reload] = useLoad(async (): Promise<RestResult<ReportData>> => {
    if (!zoneKnown) return new Promise<never>(() => undefined);
    if (!valid) return { ok: false, error: { code: 'bad_request', message: t('reports.invalidRange') } };
    const [overview, heatmap, agentRows, departmentRows] = await Promise.all([
      rest<ReportOverview>('GET', `/reports/overview?${query}`),
      rest<ReportHeatmap>('GET', `/reports/heatmap?${query}`),
      rest<ReportAgents>('GET', `/reports/agents?${query}`),
      rest<ReportDepartments>('GET', `/reports/departments?${query}`),
    ]);
    for (const r of [overview, heatmap, agentRows, departmentRows]) if (!r.ok) return r;
    return { ok: true, data: { overview: (overview as { data: ReportOverview }).data, heatmap: (heatmap as { data: ReportHeatmap }).data, agents: (agentRows as { data: ReportAgents }).data, departments: (departmentRows as { data: ReportDepartments }).data } };
  }, [rest, query, valid, zoneKnown]);

  const length = valid ? Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1 : 0;
  const all = { value: '', label: t('reports.filter.all') };
  const options = <T extends { id: string; name: string }>(l: { state: string; data?: Record<string, T[]> }, key: string) =>
    l.state === 'ready' ? [all, ...(l.data![key] ?? []).map((x) => ({ value: x.id, label: x.name }))] : [all];

  return (
    <Page title={t('reports.title')} intro={t('reports.intro', { zone: timeZone })}>
      <form class="report-controls" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <Field label={t('reports.period')}>
          {(c) => (
            <Select
              {...c}
              value={preset}
              options={presets.map((p) => ({ value: p, label: t(`reports.range.${p}`) }))}
              onValue={(p) => {
                if (p === 'custom') setCustom(range);
                setPreset(p);
              }}
            />
          )}
        </Field>
        {preset === 'custom' && (
          <>
            <Field label={t('reports.from')} error={valid ? null : t('reports.invalidRange')}>
              {(c) => <DateInput {...c} value={custom.from} onValue={(from) => setCustom({ ...custom, from })} />}
            </Field>
            <Field label={t('reports.to')}>{(c) => <DateInput {...c} value={custom.to} onValue={(to) => setCustom({ ...custom, to })} />}</Field>
          </>
        )}
        <Field label={t('reports.timeZone')}>
          {(c) => (
            <Select
              {...c}
              value={zoneChoice}
              options={[{ value: '', label: t('reports.timeZone.workspace', { zone: workspaceZone ?? '…' }) }, ...zones.map((z) => ({ value: z, label: z }))]}
              onValue={setZoneChoice}
            />
          )}
        </Field>
        <Field label={t('reports.filter.site')}>{(c) => <Select {...c} value={site} options={options(sites as never, 'sites')} onValue={setSite} />}</Field>
        <Field label={t('reports.filter.department')}>
          {(c) => <Select {...c} value={department} options={options(departments as never, 'departments')} onValue={setDepartment} />}
        </Field>
        <Field label={t('reports.filter.agent')}>{(c) => <Select {...c} value={agent} options={options(agents as never, 'agents')} onValue={setAgent} />}</Field>
        <Field label={t('reports.filter.tag')}>{(c) => <Select {...c} value={tag} options={options(tags as never, 'tags')} onValue={setTag} />}</Field>
      </form>
      {valid && (
        <p class="report-compared">
          {t('reports.comparedWith', { from: formatDay(addDays(range.from, -length), locale), to: formatDay(addDays(range.from, -1), locale) })}
        </p>
      )}
      {!valid && <Notice tone="warning">{t('reports.invalidRange')}</Notice>}
      {valid && loaded.state === 'loading' && <Loading />}
      {valid && loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {valid && loaded.state === 'ready' && <ReportBody data={loaded.data} />}
    </Page>
  );
}

function ReportBody({ data }: { data: ReportData }) {
  const t = useReportsT();
  const { overview } = data;
  return (
    <div class="report-body" data-report-ready="">
      <section class="report-block" aria-labelledby="report-overview-title">
        <h2 id="report-overview-title">{t('reports.overview')}</h2>
        {overview.conversations.started === 0 && <Notice>{t('reports.empty')}</Notice>}
        <OverviewCards current={overview} previous={overview.previous} />
      </section>
      <ReportCharts overview={overview} />
      <HeatmapGrid cells={data.heatmap.cells} intro={<p class="report-intro">{t('reports.heatmap.intro', { zone: data.heatmap.range.timeZone })}</p>} />
      <ReportTables data={data} />
    </div>
  );
}

/** A native date picker styled as the design system's inputs (`TextInput` takes no dates). */
function DateInput({ value, onValue, ...control }: FieldControlProps & { value: string; onValue(value: string): void }) {
  return <input {...control} type="date" class="ui-input" value={value} onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)} />;
}
