/**
 * What the widget keeps in localStorage, one namespace per site key so two Parley sites on
 * one origin never mix. Both bundles use these: the app writes them; the loader reads `open`,
 * `conversation` and `outbox` to decide whether to load the app before the visitor clicks.
 * - `token`: the visitor token the server issued (a signed JWT).
 * - `outbox`: messages typed but not acknowledged yet: they survive reloads and lost connections.
 * - `open`: '1' while the panel is open, so the next page view reopens it.
 * - `conversation`: the conversation's id while it is not closed: agent replies may arrive.
 * - `seen`: `${conversationId}:${seq}`, the last message the visitor had on screen (unread badge).
 * - `proactive`: the proactive message the visitor clicked (the tracker writes it, the app shows
 *   it and sends its id with the reply).
 * - `visit` (sessionStorage): the tracker's visit: id, start, pages viewed.
 * - `look`: the site's look as CSS custom properties (the app writes it from the session; the
 *   loader puts it on the host element before the launcher shows).
 */
export type StoredItem = 'token' | 'outbox' | 'open' | 'conversation' | 'seen' | 'proactive' | 'visit' | 'look';

/** The localStorage key of one item, e.g. `parley:demo:token`. */
export function storageKey(siteKey: string, item: StoredItem): string {
  return `parley:${siteKey}:${item}`;
}

/**
 * localStorage that never throws: Safari's private mode, sandboxed iframes and full quotas
 * throw on access, and a chat widget must keep working without persistence there.
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Persistence is a convenience; the in-memory state still works.
    }
  },
};
