import { useEffect, useState } from 'preact/hooks';
import { conversationStatuses, type Agent, type Department, type Tag } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { Select } from '../ui/select.js';
import { noFilters, type SearchFilters } from './search-filters.js';
import { useSearchT } from './use-search-t.js';

interface Choices {
  agents: Agent[];
  departments: Department[];
  tags: Tag[];
}

/** The workspace's agents, departments and tags for the filters (each empty when it cannot be read). */
function useChoices(): Choices {
  const rest = useRestClient();
  const [choices, setChoices] = useState<Choices>({ agents: [], departments: [], tags: [] });
  useEffect(() => {
    void Promise.all([
      rest<{ agents: Agent[] }>('GET', '/agents'),
      rest<{ departments: Department[] }>('GET', '/departments'),
      rest<{ tags: Tag[] }>('GET', '/tags'),
    ]).then(([a, d, t]) => setChoices({ agents: a.ok ? a.data.agents : [], departments: d.ok ? d.data.departments : [], tags: t.ok ? t.data.tags : [] }));
  }, [rest]);
  return choices;
}

/** Status, agent, department, tag, rating and a date range, each a labelled native control. */
export function SearchFilterFields({ value, onChange, idPrefix }: { value: SearchFilters; onChange(next: SearchFilters): void; idPrefix: string }) {
  const t = useSearchT();
  const { agents, departments, tags } = useChoices();
  const set = <K extends keyof SearchFilters>(key: K) => (v: SearchFilters[K]) => onChange({ ...value, [key]: v });
  const field = (key: keyof SearchFilters, label: string, control: preact.ComponentChildren) => (
    <div class="search-filter">
      <label for={`${idPrefix}-${key}`}>{label}</label>
      {control}
    </div>
  );
  const changed = Object.entries(value).some(([k, v]) => noFilters[k as keyof SearchFilters] !== v);
  return (
    <div class="search-filters">
      {field('status', t('search.status'), (
        <Select id={`${idPrefix}-status`} value={value.status} onValue={set('status')}
          options={[{ value: '', label: t('search.status.any') }, ...conversationStatuses.map((s) => ({ value: s, label: t(`search.status.${s}`) }))]} />
      ))}
      {field('agent', t('search.agent'), (
        <Select id={`${idPrefix}-agent`} value={value.agent} onValue={set('agent')}
          options={[{ value: '', label: t('search.agent.any') }, ...agents.map((a) => ({ value: a.id, label: a.name }))]} />
      ))}
      {field('department', t('search.department'), (
        <Select id={`${idPrefix}-department`} value={value.department} onValue={set('department')}
          options={[{ value: '', label: t('search.department.any') }, ...departments.map((d) => ({ value: d.id, label: d.name }))]} />
      ))}
      {field('tag', t('search.tag'), (
        <Select id={`${idPrefix}-tag`} value={value.tag} onValue={set('tag')}
          options={[{ value: '', label: t('search.tag.any') }, ...tags.map((g) => ({ value: g.id, label: g.name }))]} />
      ))}
      {field('rating', t('search.rating'), (
        <Select id={`${idPrefix}-rating`} value={value.rating} onValue={set('rating')}
          options={[{ value: '', label: t('search.rating.any') }, ...(['5', '4', '3', '2', '1'] as const).map((n) => ({ value: n, label: t('search.rating.value', { score: n }) }))]} />
      ))}
      {field('from', t('search.from'), (
        <input id={`${idPrefix}-from`} class="ui-input" type="date" value={value.from} max={value.to || undefined} onInput={(e) => set('from')(e.currentTarget.value)} />
      ))}
      {field('to', t('search.to'), (
        <input id={`${idPrefix}-to`} class="ui-input" type="date" value={value.to} min={value.from || undefined} onInput={(e) => set('to')(e.currentTarget.value)} />
      ))}
      {changed && (
        <button type="button" class="ui-button ui-button-quiet search-clear" onClick={() => onChange(noFilters)}>
          {t('search.clearFilters')}
        </button>
      )}
    </div>
  );
}
