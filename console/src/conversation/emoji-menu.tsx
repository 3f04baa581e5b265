import { useState } from 'preact/hooks';
import { pickerEmoji, type EmojiEntry } from '@parley/shared';
import { useLiveT } from './use-live-t.js';

const grid = pickerEmoji();

/** The reply box's emoji button and its grid (each emoji's `:shortcode:` is its name). */
export function EmojiMenu({ onPick }: { onPick(emoji: string): void }) {
  const lt = useLiveT();
  const [open, setOpen] = useState(false);
  return (
    <span class="emoji-menu" onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), setOpen(false))}>
      <button type="button" class="button icon" aria-label={lt('live.emoji')} title={lt('live.emoji')} aria-expanded={open} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
          <circle cx="12" cy="12" r="9" />
          <path d="M8 14.5a4.5 4.5 0 008 0M9 9.5h.01M15 9.5h.01" />
        </svg>
      </button>
      {open && (
        <div class="emoji-grid" role="group" aria-label={lt('live.emoji')}>
          {grid.map((e) => (
            <button key={e.code} type="button" title={`:${e.code}:`} aria-label={`:${e.code}:`} onClick={() => (onPick(e.emoji), setOpen(false))}>
              {e.emoji}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}

/** The completions of the `:shortcode` being typed, under the field. */
export function ShortcodeList({ matches, active, onPick }: { matches: readonly EmojiEntry[]; active: number; onPick(entry: EmojiEntry): void }) {
  const lt = useLiveT();
  return (
    <ul class="shortcode-list" role="listbox" aria-label={lt('live.emoji')}>
      {matches.map((m, i) => (
        <li
          key={m.code}
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(m);
          }}
        >
          {m.emoji} :{m.code}:
        </li>
      ))}
    </ul>
  );
}
