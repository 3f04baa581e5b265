/**
 * localStorage that never throws: it is missing or refuses writes in some private modes and
 * sandboxed frames, and the console must still work there (for the tab's lifetime).
 */
export const localStore = {
  read(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  write(key: string, value: string): void {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Not persisted; the in-memory state still holds it.
    }
  },
  remove(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  },
};
