import { useEffect, useReducer } from 'preact/hooks';
import type { Store } from './store.js';

/** Renders with a store's current value and again whenever it changes. */
export function useStore<T>(store: Store<T>): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = store.get();
  useEffect(() => {
    // The value may have moved between this render and the subscription.
    if (!Object.is(store.get(), value)) rerender(0);
    return store.subscribe(() => rerender(0));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return value;
}
