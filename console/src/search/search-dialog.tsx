import { useId, useState } from 'preact/hooks';
import type { SearchItem } from '@parley/shared';
import { useDialogFocus } from '../ui/use-dialog-focus.js';
import { useUiT } from '../ui/use-ui-t.js';
import { SearchFilterFields } from './search-filter-fields.js';
import { noFilters, type SearchFilters } from './search-filters.js';
import { SearchResults } from './search-results.js';
import { useConversationSearch, type SearchProblem } from './use-conversation-search.js';
import { useSearchT } from './use-search-t.js';

export interface SearchDialogProps {
  open: boolean;
  onClose(): void;
  /** Opens the result's conversation (and its message, when it names one). */
  onOpen(item: SearchItem): void;
}

/**
 * `Ctrl+K`: search every conversation and contact of the workspace. A modal dialog near the top
 * of the window (the whole window under 768 px): the box, the filters behind a disclosure, the
 * results with "Load more", and one polite status line saying what happened.
 */
export function SearchDialog({ open, onClose, onOpen }: SearchDialogProps) {
  const ref = useDialogFocus<HTMLDivElement>(open, onClose);
  if (!open) return null;
  return (
    <div class="ui-overlay search-overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} class="search-dialog" role="dialog" aria-modal="true" aria-labelledby="search-title" tabIndex={-1}>
        <SearchPanel onClose={onClose} onOpen={onOpen} />
      </div>
    </div>
  );
}

/** The dialog's inside; its state (query, filters, pages) lives while the dialog is open. */
function SearchPanel({ onClose, onOpen }: Omit<SearchDialogProps, 'open'>) {
  const t = useSearchT();
  const ut = useUiT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(noFilters);
  const search = useConversationSearch(q, filters);
  const active = Object.values(filters).filter(Boolean).length;
  const status = statusLine(t, search, q);

  // Results by keyboard: Down from the box to the first, Up and Down between them.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.search-result')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLElement);
    const input = (event.currentTarget as HTMLElement).querySelector<HTMLInputElement>('input[type="search"]');
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at <= 0) input?.focus();
    else links[at - 1]!.focus();
  };

  return (
    <div class="search-panel" onKeyDown={onKeyDown}>
      <div class="search-head">
        <h2 id="search-title">{t('search.title')}</h2>
        <button type="button" class="ui-button ui-button-quiet search-close" onClick={onClose} aria-label={t('search.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <form class="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for={`${id}-q`} class="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={`${id}-q`}
          class="ui-input search-input"
          type="search"
          data-autofocus
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t('search.placeholder')}
          aria-describedby={`${id}-hint`}
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            // Under an input method the letters typed are not the words yet: search once it commits.
            if (!(e as InputEvent).isComposing) setQ(e.currentTarget.value);
          }}
          onCompositionEnd={(e) => setQ(e.currentTarget.value)}
        />
        <p id={`${id}-hint`} class="search-hint">
          {t('search.hint')}
        </p>
        <details class="search-more-filters">
          <summary>
            {t('search.filters')}
            {active > 0 && <span class="search-filter-count"> ({active})</span>}
          </summary>
          <SearchFilterFields value={filters} onChange={setFilters} idPrefix={id} />
        </details>
      </form>
      <p class={`search-status${search.problem ? ' search-status-problem' : ''}`} role="status">
        {status}
      </p>
      {search.problem?.kind === 'failed' && (
        <button type="button" class="ui-button ui-button-secondary" onClick={search.retry}>
          {ut('ui.retry')}
        </button>
      )}
      {search.items.length > 0 && (
        <section class="search-body" aria-label={t('search.results')}>
          <SearchResults items={search.items} onOpen={onOpen} />
          {search.nextCursor && (
            <button type="button" class="ui-button ui-button-secondary search-load-more" onClick={search.loadMore} disabled={search.loading} aria-busy={search.loading || undefined}>
              {t('search.more')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

type T = ReturnType<typeof useSearchT>;

function statusLine(t: T, s: { items: unknown[]; nextCursor: string | null; loading: boolean; problem: SearchProblem | null; answered: boolean }, q: string): string {
  if (s.problem?.kind === 'tooLong') return t('search.tooLong');
  if (s.problem?.kind === 'badFilter') return t('search.badFilter', { fields: s.problem.fields.join(', ') });
  if (s.problem?.kind === 'failed') return t('search.failed');
  if (!q.trim()) return '';
  if (s.loading && !s.items.length) return t('search.searching');
  if (!s.answered) return '';
  if (!s.items.length) return t('search.empty');
  return t(s.nextCursor ? 'search.countMore' : 'search.count', { count: s.items.length });
}
