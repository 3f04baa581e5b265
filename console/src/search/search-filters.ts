import type { ConversationStatus } from '@parley/shared';

/** The dialog's filters as the form holds them: '' is "any". Dates are `YYYY-MM-DD` (the server reads them as UTC days). */
export interface SearchFilters {
  status: ConversationStatus | '';
  agent: string;
  department: string;
  tag: string;
  rating: '' | '1' | '2' | '3' | '4' | '5';
  from: string;
  to: string;
}

export const noFilters: SearchFilters = { status: '', agent: '', department: '', tag: '', rating: '', from: '', to: '' };

/** The most the server takes in `q` (shared's searchQuerySchema): longer is said at once, not sent. */
export const MAX_QUERY = 500;

/** `/search?…` for a query, its filters and the page's cursor; only the filters that are set. */
export function searchPath(q: string, filters: SearchFilters, cursor: string | null, limit = 20): string {
  const params = new URLSearchParams({ q: q.trim() });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(limit));
  return `/search?${params.toString()}`;
}
