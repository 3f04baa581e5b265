import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Tag } from '@parley/shared';
import { chipStyle } from './tag-palette.js';
import { useTeamworkT } from './use-teamwork-t.js';

export type TagChoice = { kind: 'tag'; tag: Tag } | { kind: 'create'; name: string };

/** The tags a query offers: names containing it (case-insensitive), then "Create …" unless one is named exactly so. */
export function tagChoices(tags: readonly Tag[], exclude: ReadonlySet<string>, query: string): TagChoice[] {
  const q = query.trim().toLowerCase();
  const found: TagChoice[] = tags.filter((t) => !exclude.has(t.id) && t.name.toLowerCase().includes(q)).map((tag) => ({ kind: 'tag', tag }));
  const exact = tags.some((t) => t.name.toLowerCase() === q);
  return q && !exact && !/[#,]/.test(q) ? [...found, { kind: 'create', name: query.trim() }] : found;
}

/**
 * A combobox to find a tag (or create one by its name): type to filter, Arrow keys move, Enter
 * picks, Escape closes (the opener gets focus back, `onClose`). WAI-ARIA combobox with a listbox.
 */
export function TagPicker({ tags, exclude, onPick, onClose }: { tags: readonly Tag[]; exclude: ReadonlySet<string>; onPick(choice: TagChoice): void; onClose(): void }) {
  const tt = useTeamworkT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const choices = tagChoices(tags, exclude, query);
  useEffect(() => input.current?.focus(), []);
  const optionId = (i: number) => `${listId}-${i}`;
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.isComposing) return;
    const n = choices.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && n) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
    else if (event.key === 'Enter' && choices[active]) onPick(choices[active]!);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div class="tag-picker">
      <input
        ref={input}
        type="text"
        class="ui-input tag-picker-input"
        role="combobox"
        aria-label={tt('tags.search')}
        placeholder={tt('tags.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={choices[active] ? optionId(active) : undefined}
        maxLength={40}
        value={query}
        onInput={(e) => (setQuery(e.currentTarget.value), setActive(0))}
        onKeyDown={onKeyDown}
        onBlur={(e) => !e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null) && onClose()}
      />
      <ul id={listId} role="listbox" class="tag-picker-list" aria-label={tt('tags.label')}>
        {choices.map((c, i) => (
          <li
            key={c.kind === 'tag' ? c.tag.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class="tag-picker-option"
            onMouseDown={(e) => (e.preventDefault(), onPick(c))}
          >
            {c.kind === 'tag' ? (
              <>
                <span class="tag-swatch" style={chipStyle(c.tag.colour)} aria-hidden="true" />
                {c.tag.name}
              </>
            ) : (
              tt('tags.create', { name: c.name })
            )}
          </li>
        ))}
      </ul>
      {choices.length === 0 && <p class="tag-picker-empty">{tags.length ? tt('tags.noMatch') : tt('tags.none')}</p>}
    </div>
  );
}
