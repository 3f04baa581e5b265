/** A value that components and controllers can read, replace and watch. */
export interface Store<T> {
  get(): T;
  /** Replaces the value; listeners run only when it changes identity. */
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: (value: T) => void): () => void;
}

/**
 * The console's unit of state: a tiny observable value. Logic lives in plain classes that own
 * stores (so it can be tested and extended without rendering); components read them with `useStore`.
 */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
