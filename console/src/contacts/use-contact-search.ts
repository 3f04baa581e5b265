import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Contact, ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';

/** How long typing pauses before the search runs (one request per pause, not per key). */
export const SEARCH_PAUSE_MS = 250;
const PAGE = 50;

export type ContactSearch =
  | { state: 'loading'; query: string }
  | { state: 'failed'; query: string; error: ErrorBody }
  | { state: 'ready'; query: string; contacts: Contact[]; nextCursor: string | null; more: 'idle' | 'loading' | ErrorBody };

/**
 * The Contacts list for a search text: the first page (`GET /contacts?q=`), then "Load more"
 * through `nextCursor`. An answer to an older search or page is dropped, so fast typing never
 * shows the results of a query no longer in the box.
 */
export function useContactSearch(query: string, pauseMs = SEARCH_PAUSE_MS): [ContactSearch, { loadMore(): void; reload(): void }] {
  const rest = useRestClient();
  const [search, setSearch] = useState<ContactSearch>({ state: 'loading', query });
  const [round, setRound] = useState(0);
  const generation = useRef(0);
  const q = query.trim();

  useEffect(() => {
    const mine = ++generation.current;
    const timer = setTimeout(() => {
      void rest<{ contacts: Contact[]; nextCursor: string | null }>('GET', `/contacts?${new URLSearchParams({ q, limit: String(PAGE) })}`).then((r) => {
        if (mine !== generation.current) return;
        setSearch(r.ok ? { state: 'ready', query: q, contacts: r.data.contacts, nextCursor: r.data.nextCursor, more: 'idle' } : { state: 'failed', query: q, error: r.error });
      });
    }, round === 0 && q === '' ? 0 : pauseMs);
    return () => clearTimeout(timer);
  }, [rest, q, round]);

  const latest = useRef(search);
  latest.current = search;
  const loadMore = useCallback(() => {
    const current = latest.current;
    if (current.state !== 'ready' || !current.nextCursor || current.more === 'loading') return;
    const mine = generation.current;
    setSearch({ ...current, more: 'loading' });
    const params = new URLSearchParams({ q: current.query, limit: String(PAGE), cursor: current.nextCursor });
    void rest<{ contacts: Contact[]; nextCursor: string | null }>('GET', `/contacts?${params}`).then((r) => {
      if (mine !== generation.current) return;
      setSearch((now) => {
        if (now.state !== 'ready') return now;
        if (!r.ok) return { ...now, more: r.error };
        // A contact changed between pages moves to the top of the order; never list it twice.
        const seen = new Set(now.contacts.map((c) => c.id));
        return { ...now, contacts: [...now.contacts, ...r.data.contacts.filter((c) => !seen.has(c.id))], nextCursor: r.data.nextCursor, more: 'idle' };
      });
    });
  }, [rest]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [search, { loadMore, reload }];
}
