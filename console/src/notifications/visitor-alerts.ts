import type { Conversation, Message } from '@parley/shared';
import { playChime } from '../routing/alert-sound.js';

/**
 * The agent's alert preferences, kept in localStorage by the person menu (the shell's): a
 * sound, and a desktop notification. Read at each message, so a change applies at once.
 * Absent means on for the sound and off for desktop alerts (they need the browser's permission).
 */
export const ALERT_KEYS = { sound: 'parley:console:sound', desktop: 'parley:console:desktopAlerts' } as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function alertPreferences(): { sound: boolean; desktop: boolean } {
  return { sound: read(ALERT_KEYS.sound) !== 'off' && read(ALERT_KEYS.sound) !== 'false', desktop: read(ALERT_KEYS.desktop) === 'on' || read(ALERT_KEYS.desktop) === 'true' };
}

/**
 * Whether a new message deserves an alert: a visitor's line in a chat this agent holds, while
 * the agent is not looking at it (another conversation open, or the tab hidden).
 */
export function shouldAlert(message: Message, conversation: Conversation | undefined, agentId: string, openId: string | null, visible: boolean): boolean {
  return message.author.type === 'visitor' && conversation?.assigneeId === agentId && conversation.status !== 'closed' && (!visible || openId !== message.conversationId);
}

/** Plays the sound and shows the desktop notification, each as the agent's preferences say. */
export function alertVisitorMessage(message: Message, title: string, onClick: () => void): void {
  const { sound, desktop } = alertPreferences();
  if (sound) playChime();
  if (!desktop || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const note = new Notification(title, { body: message.text.slice(0, 140), tag: message.conversationId });
  note.onclick = () => {
    window.focus();
    onClick();
    note.close();
  };
}

/** Asks the browser for permission to show desktop notifications (call from a click: browsers require a gesture). */
export async function requestDesktopAlerts(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  return (await Notification.requestPermission()) === 'granted';
}
