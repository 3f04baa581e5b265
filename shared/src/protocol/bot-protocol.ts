import type { AckCallback } from '../errors.js';
import type { Conversation, ConversationSnapshot, Message } from '../domain.js';
import type { Bot } from '../bots/bot-domain.js';
import type { BotHandoff, BotSendMessage } from '../bots/bot-schemas.js';
import type { ConversationRef, SyncMessages } from '../schemas.js';
import { commandSender } from './send-command.js';

/** Socket.IO namespace socket bots connect to, with `auth: { protocol, token }` (the bot's token). */
export const BOT_NAMESPACE = '/bot';

/**
 * A bot sees only the conversations handed to it, and of those only what a visitor may see
 * (no internal notes). Every command answers `not_found` for any other conversation, and
 * `conflict` once the conversation has left the bot (handed to a person, closed).
 */
export interface BotClientToServerEvents {
  /** The conversations the bot holds now, each with its transcript (after a reconnect). */
  'conversation:list': (payload: Record<string, never>, ack: AckCallback<ConversationSnapshot[]>) => void;
  /** Stored before the ack; a repeated clientId returns the stored message. */
  'message:send': (payload: BotSendMessage, ack: AckCallback<Message>) => void;
  /** Hands the conversation to the human queue (optionally a department) with a summary for the agent. */
  'conversation:handoff': (payload: BotHandoff, ack: AckCallback<Conversation>) => void;
  /** Resolves and closes the conversation. */
  'conversation:close': (payload: ConversationRef, ack: AckCallback<Conversation>) => void;
  'messages:sync': (payload: SyncMessages, ack: AckCallback<{ messages: Message[] }>) => void;
}

export interface BotServerToClientEvents {
  /** Sent once per connection. */
  session: (session: { bot: Bot }) => void;
  /** A conversation was handed to the bot: its transcript so far. Merge later messages by seq. */
  'conversation:assigned': (snapshot: ConversationSnapshot) => void;
  /** The conversation left the bot (handed to a person, closed): stop answering it. */
  'conversation:released': (conversation: Conversation) => void;
  /** A visible message in a conversation the bot holds (the bot's own included: dedupe by clientId). */
  'message:new': (message: Message) => void;
  'server:shutdown': (info: { reconnectInMs: number }) => void;
}

/** Sends a bot command with its typed ack; a timeout answers `unavailable`. */
export const botCommand = commandSender<BotClientToServerEvents>();
