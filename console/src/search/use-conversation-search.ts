import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SearchAnswer, SearchItem } from '@parley/shared';
import { useRestClient, type RestResult } from '../api/rest-client.js';
import { MAX_QUERY, searchPath, type SearchFilters } from './search-filters.js';

/** Typing pauses this long before a search is sent: one request per word, not per key. */
const DEBOUNCE_MS = 250;

export type SearchProblem = { kind: 'tooLong' } | { kind: 'failed' } | { kind: 'badFilter'; fields: string[] };

export interface SearchState {
  items: SearchItem[];
  nextCursor: string | null;
  /** A first page or a further one is on its way. */
  loading: boolean;
  problem: SearchProblem | null;
  /** A search has answered for the current query and filters (an empty list is then "nothing found"). */
  answered: boolean;
}

const idle: SearchState = { items: [], nextCursor: null, loading: false, problem: null, answered: false };

function problemOf(result: Extract<RestResult<SearchAnswer>, { ok: false }>): SearchProblem {
  const fields = (result.error.issues ?? []).map((i) => i.path.split('.')[0] ?? '').filter(Boolean);
  if (fields.includes('q')) return { kind: 'tooLong' };
  if (fields.length) return { kind: 'badFilter', fields };
  return { kind: 'failed' };
}

/**
 * `GET /api/v1/search` as the dialog uses it: the first page shortly after the query or a
 * filter changes (answers to older queries are dropped), then "Load more" with the cursor.
 * A query over the server's limit is refused here, without a request.
 */
export function useConversationSearch(q: string, filters: SearchFilters): SearchState & { loadMore(): void; retry(): void } {
  const rest = useRestClient();
  const [state, setState] = useState<SearchState>(idle);
  const generation = useRef(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const mine = ++generation.current;
    const text = q.trim();
    if (!text) {
      setState(idle);
      return;
    }
    if (Array.from(text).length > MAX_QUERY) {
      setState({ ...idle, problem: { kind: 'tooLong' }, answered: true });
      return;
    }
    setState((s) => ({ ...s, loading: true, problem: null }));
    const timer = setTimeout(() => {
      void rest<SearchAnswer>('GET', searchPath(text, filters, null)).then((r) => {
        if (mine !== generation.current) return;
        setState(r.ok ? { items: r.data.items, nextCursor: r.data.nextCursor, loading: false, problem: null, answered: true } : { ...idle, problem: problemOf(r), answered: true });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [rest, q, filters, attempt]);

  const loadMore = useCallback(() => {
    if (!state.nextCursor || state.loading) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loading: true, problem: null }));
    void rest<SearchAnswer>('GET', searchPath(q, filters, state.nextCursor)).then((r) => {
      if (mine !== generation.current) return;
      setState((s) => (r.ok ? { ...s, items: [...s.items, ...r.data.items], nextCursor: r.data.nextCursor, loading: false } : { ...s, loading: false, problem: problemOf(r) }));
    });
  }, [rest, q, filters, state.nextCursor, state.loading]);

  return { ...state, loadMore, retry: () => setAttempt((n) => n + 1) };
}
