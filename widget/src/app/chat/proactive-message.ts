import { safeStorage, storageKey } from '../../storage-keys.js';

/** A proactive message the visitor clicked, as the tracker stores it (`parley:<site>:proactive`). */
export interface ProactiveMessage {
  /** The trigger rule's id: sent with the reply so the conversation opens with this message. */
  id: string;
  text: string;
  name: string;
}

/** The stored proactive message, if the tracker left one and it is well-formed. */
export function loadProactive(siteKey: string): ProactiveMessage | null {
  try {
    const value = JSON.parse(safeStorage.get(storageKey(siteKey, 'proactive')) ?? 'null') as ProactiveMessage | null;
    return value && typeof value.id === 'string' && typeof value.text === 'string' ? { id: value.id, text: value.text, name: '' + value.name } : null;
  } catch {
    return null;
  }
}

export function saveProactive(siteKey: string, value: ProactiveMessage | null): void {
  safeStorage.set(storageKey(siteKey, 'proactive'), value && JSON.stringify(value));
}
