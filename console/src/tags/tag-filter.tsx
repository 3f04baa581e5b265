import { useId } from 'preact/hooks';
import { useStore } from '../state/use-store.js';
import { useTagCatalog } from './tag-catalog.js';
import { useTeamworkT } from './use-teamwork-t.js';

/**
 * Above the inbox list: narrow the chosen view to one tag (a native select, so it is keyboard
 * and screen-reader friendly everywhere). Hidden while the workspace has no tags.
 */
export function TagFilter({ value, onChange }: { value: string | null; onChange(tagId: string | null): void }) {
  const tt = useTeamworkT();
  const tags = useStore(useTagCatalog().tags);
  const id = useId();
  if (!tags.length && !value) return null;
  return (
    <div class="tag-filter">
      <label for={id}>{tt('tags.filter')}</label>
      <select id={id} class="ui-select" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{tt('tags.filterAll')}</option>
        {[...tags]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </select>
    </div>
  );
}
