import { TagChip } from './tag-chip.js';
import { useTagsById } from './tag-catalog.js';
import { useTeamworkT } from './use-teamwork-t.js';

/** A list row's tags, compact; at most three chips and "+N", all named for screen readers. */
export function RowTags({ tagIds }: { tagIds: readonly string[] | undefined }) {
  const tt = useTeamworkT();
  const byId = useTagsById(tagIds);
  const tags = (tagIds ?? []).flatMap((id) => byId.get(id) ?? []);
  if (!tags.length) return null;
  const shown = tags.slice(0, 3);
  return (
    <span class="row-line row-tags">
      <span class="sr-only">{tt('tags.rowLabel', { names: tags.map((t) => t.name).join(', ') })}</span>
      <span class="row-tag-chips" aria-hidden="true">
        {shown.map((t) => (
          <TagChip key={t.id} tag={t} compact />
        ))}
        {tags.length > shown.length && <span class="row-tag-more">+{tags.length - shown.length}</span>}
      </span>
    </span>
  );
}
