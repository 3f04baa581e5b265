import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ErrorBody } from '@parley/shared';
import type { RestResult } from '../api/rest-client.js';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; error: ErrorBody } | { state: 'ready'; data: T };

/**
 * One page's data from the REST client: loading, failed (with the error) or ready, and `reload`.
 * A reload keeps showing the last data while it runs, so lists do not flicker after each change.
 */
export function useLoad<T>(load: () => Promise<RestResult<T>>, deps: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      setLoaded(result.ok ? { state: 'ready', data: result.data } : { state: 'failed', error: result.error });
    });
    return () => void (live = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [loaded, reload];
}
