/**
 * Emoji, an on-demand chunk (`chunks/lazy-emoji-picker-*`): the picker's grid, and completion of
 * a `:shortcode` being typed (Arrow keys choose, Enter or Tab takes it, Escape leaves it).
 * Both write into the composer's field as typing would (an `input` event), so the composer's
 * own state follows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pickerEmoji, shortcodeAt, type EmojiEntry } from '@parley/shared';
import { useT } from '../ui/i18n-context.js';

const grid = pickerEmoji();

/** Puts `text` into the field in place of `from`..`to` and tells the composer. */
function put(field: HTMLTextAreaElement, text: string, from: number, to: number): void {
  field.setRangeText(text, from, to, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus();
}

export function EmojiParts({ open, onClose, field }: { open: boolean; onClose(): void; field: HTMLTextAreaElement | null }) {
  const t = useT();
  const [hit, setHit] = useState<{ start: number; matches: EmojiEntry[] } | null>(null);
  const [active, setActive] = useState(0);
  // The key handler is registered once; it reads the latest list here.
  const current = useRef({ hit, active });
  current.current = { hit, active };

  useEffect(() => {
    if (!field) return;
    const onInput = () => {
      setHit(shortcodeAt(field.value, field.selectionStart));
      setActive(0);
    };
    // Capture on the form: runs before the field's own Enter-sends handler.
    const form = field.form!;
    const onKey = (e: KeyboardEvent) => {
      const now = current.current;
      if (e.target !== field || !now.hit) return;
      const { hit, active } = now;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') setActive((active + (e.key === 'ArrowDown' ? 1 : hit.matches.length - 1)) % hit.matches.length);
      else if (e.key === 'Enter' || e.key === 'Tab') {
        put(field, hit.matches[active]!.emoji + ' ', hit.start, field.selectionStart);
        setHit(null);
      } else if (e.key === 'Escape') setHit(null);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    field.addEventListener('input', onInput);
    form.addEventListener('keydown', onKey, true);
    onInput();
    return () => {
      field.removeEventListener('input', onInput);
      form.removeEventListener('keydown', onKey, true);
    };
  }, [field]);

  return (
    <>
      {hit && (
        <ul class="emoji-hits" role="listbox" aria-label={t('widget.emoji.pick')}>
          {hit.matches.map((m, i) => (
            <li
              key={m.code}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                put(field!, m.emoji + ' ', hit.start, field!.selectionStart);
                setHit(null);
              }}
            >
              {m.emoji} :{m.code}:
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div
          class="emoji-grid"
          role="group"
          aria-label={t('widget.emoji.pick')}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            onClose();
          }}
        >
          {grid.map((e) => (
            <button key={e.code} type="button" aria-label={`:${e.code}:`} onClick={() => field && put(field, e.emoji, field.selectionStart, field.selectionEnd)}>
              {e.emoji}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
