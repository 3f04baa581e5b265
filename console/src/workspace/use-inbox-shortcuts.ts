import { useEffect, useRef } from 'preact/hooks';
import { isTypingTarget } from '../shell/is-typing-target.js';

export interface InboxKeys {
  /** The conversations in list order. */
  ids: readonly string[];
  highlighted: string | null;
  selected: string | null;
  highlight(id: string): void;
  open(id: string): void;
  reply(): void;
  close(): void;
}

/**
 * The inbox's keys (Linear's habit): `j`/`k` move the highlight down and up the list, `Enter`
 * opens the highlighted conversation, `r` goes to the reply box, `e` closes the open
 * conversation. Never while the agent types (fields, an input method composing), never with a
 * modifier, and not while a dialog is open.
 */
export function useInboxShortcuts(keys: InboxKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event) || document.querySelector('[aria-modal="true"]')) return;
      const { ids, highlighted, selected, highlight, open, reply, close } = latest.current;
      const from = highlighted ?? selected;
      const at = from ? ids.indexOf(from) : -1;
      switch (event.key) {
        case 'j':
        case 'k': {
          if (ids.length === 0) return;
          const next = event.key === 'j' ? Math.min(ids.length - 1, at + 1) : at < 0 ? 0 : Math.max(0, at - 1);
          highlight(ids[next]!);
          break;
        }
        case 'Enter':
          // Enter on a focused button or link already does what it says.
          if ((event.target as HTMLElement | null)?.closest?.('button, a') || !highlighted) return;
          open(highlighted);
          break;
        case 'r':
          if (!selected) return;
          reply();
          break;
        case 'e':
          if (!selected) return;
          close();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
