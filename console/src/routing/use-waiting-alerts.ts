import { useEffect, useRef } from 'preact/hooks';
import type { Conversation } from '@parley/shared';
import { playChime } from './alert-sound.js';

export interface AlertOptions {
  /** Chats the agent may take now. */
  alertable: readonly Conversation[];
  repeatMs: number;
  muted: boolean;
  /** Desktop notifications on (the person menu's switch); the browser's permission is asked there. */
  desktop?: boolean;
  /** The title of a desktop notification (when the agent allowed them). */
  notificationText: string;
}

/**
 * Rings for a waiting chat at once, then every `repeatMs` while any is still waiting; shows a
 * desktop notification when the agent allowed them. Muting stops the sound, not the
 * notification nor the count in the title.
 */
export function useWaitingAlerts({ alertable, repeatMs, muted, desktop = true, notificationText }: AlertOptions): void {
  const seen = useRef(new Set<string>());
  const latest = useRef({ muted, desktop, notificationText, count: alertable.length });
  latest.current = { muted, desktop, notificationText, count: alertable.length };

  const ring = () => {
    if (!latest.current.muted) playChime();
    const N = (globalThis as { Notification?: typeof Notification }).Notification;
    if (latest.current.desktop && N?.permission === 'granted' && document.visibilityState !== 'visible') {
      new N(latest.current.notificationText, { tag: 'parley-waiting' });
    }
  };

  // A chat that starts waiting: at once.
  useEffect(() => {
    const fresh = alertable.filter((c) => !seen.current.has(c.id));
    for (const c of alertable) seen.current.add(c.id);
    if (fresh.length) ring();
  }, [alertable]);

  // Then again until someone takes it.
  const waiting = alertable.length > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => latest.current.count > 0 && ring(), repeatMs);
    return () => clearInterval(timer);
  }, [waiting, repeatMs]);
}
