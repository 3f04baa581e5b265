import { NavIcon } from '../shell/nav-icons.js';
import { useSearchT } from './use-search-t.js';

/** The shell's way into search without the keyboard: a rail button that looks like a search box's icon, Ctrl+K in its hint. */
export function SearchLauncher({ onOpen }: { onOpen(): void }) {
  const t = useSearchT();
  return (
    <button type="button" class="rail-item rail-search" onClick={onOpen} aria-keyshortcuts="Control+K Meta+K" title={t('search.openHint')}>
      <NavIcon name="search" />
      <span class="rail-label">{t('search.open')}</span>
    </button>
  );
}
