/**
 * Bots: workspace accounts that hold conversations until they hand them to a person.
 * A conversation is held by at most one of an agent (`assigneeId`) or a bot (`botId`).
 */

export const BotMode = {
  /** A client connected to the `/bot` namespace. */
  socket: 'socket',
  /** Parley POSTs signed events to the bot's URL; the bot answers through REST. */
  webhook: 'webhook',
  /** The built-in knowledge-base bot, run by the server itself. */
  knowledgeBase: 'knowledge-base',
} as const;
export type BotMode = (typeof BotMode)[keyof typeof BotMode];
export const botModes = Object.values(BotMode) as [BotMode, ...BotMode[]];

/** A bot as every client may see it: never carries its token hash or webhook secret. */
export interface Bot {
  id: string;
  workspaceId: string;
  name: string;
  /** Shown beside the bot's messages; `null`: the widget draws a default. */
  avatarUrl: string | null;
  mode: BotMode;
  /** Where webhook events go (webhook mode only). */
  webhookUrl: string | null;
  /** A visitor message the bot leaves unanswered this long goes to a person. */
  answerTimeoutMs: number;
  /** False after repeated failed webhook deliveries; a success sets it back. */
  healthy: boolean;
  createdAt: number;
}

/** What creating or rotating a bot answers: the secrets, shown this once and never again. */
export interface BotCredentials {
  bot: Bot;
  /** Bearer token for `/bot` and `/api/v1/bot/*`. Stored hashed. */
  token: string;
  /** Key of the `X-Parley-Signature` HMAC on webhook deliveries. */
  webhookSecret: string;
}

/** Why a conversation went from a bot to the human queue. */
export const HandoffReason = {
  bot: 'bot',
  visitor: 'visitor',
  timeout: 'timeout',
  disconnected: 'disconnected',
  unhealthy: 'unhealthy',
  deleted: 'deleted',
} as const;
export type HandoffReason = (typeof HandoffReason)[keyof typeof HandoffReason];

/** Webhook event types, named like the protocol's events with a dot (as in `X-Parley-Event`). */
export const WebhookEvent = {
  conversationCreated: 'conversation.created',
  conversationAssigned: 'conversation.assigned',
  messageCreated: 'message.created',
} as const;
export type WebhookEvent = (typeof WebhookEvent)[keyof typeof WebhookEvent];

/** Headers of a webhook delivery. The signature covers `${timestamp}.${rawBody}`. */
export const webhookHeaders = {
  signature: 'x-parley-signature',
  timestamp: 'x-parley-timestamp',
  event: 'x-parley-event',
  delivery: 'x-parley-delivery',
} as const;

/**
 * The knowledge-base bot asks "Did this answer your question?" in a message whose clientId
 * starts with this; the widget offers Yes / No buttons under it.
 */
export const FEEDBACK_PROMPT_PREFIX = 'kb-feedback-';
