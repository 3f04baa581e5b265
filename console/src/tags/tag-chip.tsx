import type { ComponentChildren } from 'preact';
import type { Tag } from '@parley/shared';
import { chipStyle } from './tag-palette.js';

/** A tag's name on its colour; `compact` in list rows; `children` after the name (a remove button). */
export function TagChip({ tag, compact = false, children }: { tag: Pick<Tag, 'name' | 'colour'>; compact?: boolean; children?: ComponentChildren }) {
  return (
    <span class={`tag-chip${compact ? ' tag-chip-compact' : ''}`} style={chipStyle(tag.colour)}>
      <span class="tag-chip-name">{tag.name}</span>
      {children}
    </span>
  );
}
