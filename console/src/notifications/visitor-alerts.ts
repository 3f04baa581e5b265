import type { Conversation, Message } from '@parley/shared';
import { playChime } from '../routing/alert-sound.js';
import { showDesktopNotification } from './desktop-notification.js';

/**
 * The agent's alert preferences, as the person menu keeps them (the shell's `useMuted` and
 * `useDesktopAlerts`): the sound unless muted, desktop notifications when on and granted.
 */
export interface AlertPreferences {
  sound: boolean;
  desktop: boolean;
}

/**
 * Whether a new message deserves an alert: a visitor's line in a chat this agent holds, while
 * the agent is not looking at it (another conversation open, or the tab hidden).
 */
export function shouldAlert(message: Message, conversation: Conversation | undefined, agentId: string, openId: string | null, visible: boolean): boolean {
  return message.author.type === 'visitor' && conversation?.assigneeId === agentId && conversation.status !== 'closed' && (!visible || openId !== message.conversationId);
}

/** Plays the sound and shows the desktop notification, each as the agent's preferences say. */
export function alertVisitorMessage(message: Message, title: string, onClick: () => void, { sound, desktop }: AlertPreferences): void {
  if (sound) playChime();
  showDesktopNotification(desktop, title, message.text.slice(0, 140), message.conversationId, onClick);
}
