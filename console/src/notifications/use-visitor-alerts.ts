import { useEffect, useRef } from 'preact/hooks';
import type { Conversation, Message } from '@parley/shared';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { alertVisitorMessage, shouldAlert, type AlertPreferences } from './visitor-alerts.js';

/**
 * Sound and desktop alerts for the whole workspace (mount once, beside the inbox): a visitor
 * writes in a chat this agent holds while the agent looks elsewhere. It reads
 * `conversation:updated` (sent for every conversation of the workspace, joined or not) and
 * alerts once per new visitor line.
 */
export function useVisitorAlerts(
  socket: ConsoleSocket,
  agentId: string,
  openId: string | null,
  titleOf: (conversation: Conversation) => string,
  onOpen: (conversationId: string) => void,
  preferences: AlertPreferences,
): void {
  const latest = useRef({ openId, titleOf, onOpen, preferences });
  latest.current = { openId, titleOf, onOpen, preferences };
  useEffect(() => {
    const alerted = new Map<string, number>();
    const onUpdated = (conversation: Conversation) => {
      const last = conversation.lastMessage;
      if (!last || last.authorType !== 'visitor' || (alerted.get(conversation.id) ?? 0) >= last.createdAt) return;
      alerted.set(conversation.id, last.createdAt);
      const message = { conversationId: conversation.id, text: last.text, author: { type: 'visitor', id: conversation.visitorId, name: null } } as Message;
      const { openId, titleOf, onOpen, preferences } = latest.current;
      if (!shouldAlert(message, conversation, agentId, openId, document.visibilityState === 'visible')) return;
      alertVisitorMessage(message, titleOf(conversation), () => onOpen(conversation.id), preferences);
    };
    socket.on('conversation:updated', onUpdated);
    return () => void socket.off('conversation:updated', onUpdated);
  }, [socket, agentId]);
}
