import { useEffect } from 'preact/hooks';

/**
 * `Ctrl+K` (and `Cmd+K` on a Mac) opens search from anywhere in the console, in a field too:
 * it is the one shortcut with a modifier, so it cannot be text being typed. Not while an input
 * method composes, nor under another modal dialog.
 */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return;
      if (document.querySelector('[aria-modal="true"]:not(.search-dialog)')) return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}
