export type Listener = (payload?: unknown) => void;

export interface EventHub {
  on(name: string, listener: Listener): void;
  off(name: string, listener: Listener): void;
  emit(name: string, payload?: unknown): void;
}

/** The host page's `Parley('on', ...)` listeners. */
export function createEventHub(): EventHub {
  const listeners: Record<string, Listener[]> = {};
  return {
    on(name, listener) {
      (listeners[name] ||= []).push(listener);
    },
    off(name, listener) {
      listeners[name] = (listeners[name] || []).filter((l) => l !== listener);
    },
    emit(name, payload) {
      // A host page's broken callback must not break the widget, yet should still show up
      // in the page's console: each runs in its own task, outside our call stack.
      for (const listener of listeners[name] || []) setTimeout(listener, 0, payload);
    },
  };
}
