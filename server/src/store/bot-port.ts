import type { Bot, Conversation } from '@parley/shared';

/** A bot as the store keeps it: with the token's hash and the webhook signing secret. */
export interface BotRecord extends Bot {
  /** sha256 (hex) of the bot's token; the token itself is never stored. */
  tokenHash: string;
  /** HMAC key for webhook signatures: both sides need it, so it is kept as is. */
  webhookSecret: string;
}

export const DeliveryStatus = { pending: 'pending', delivered: 'delivered', failed: 'failed' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/** One webhook POST waiting to go out (the durable outbox: survives a restart). */
export interface WebhookDelivery {
  id: string;
  botId: string;
  event: string;
  /** The exact JSON body that is signed and sent. */
  body: string;
  attempts: number;
  nextAttemptAt: number;
  status: DeliveryStatus;
  lastError: string | null;
  createdAt: number;
}

export interface Resolution {
  conversationId: string;
  workspaceId: string;
  /** `self-service`: the knowledge-base bot's answer was enough. */
  kind: string;
  at: number;
}

/**
 * Bots, who holds a conversation, the webhook outbox and resolutions. Handoff operations are
 * atomic (one conditional update each): when a timeout, a handoff call and a disconnect race,
 * exactly one of them moves the conversation.
 */
export interface BotStore {
  createBot(bot: BotRecord): Promise<BotRecord>;
  getBot(id: string): Promise<BotRecord | null>;
  /** Oldest first. */
  listBots(workspaceId: string): Promise<BotRecord[]>;
  updateBotSecrets(id: string, tokenHash: string, webhookSecret: string): Promise<BotRecord | null>;
  setBotHealthy(id: string, healthy: boolean): Promise<void>;
  /** Also forgets it as any site's first bot. */
  deleteBot(id: string): Promise<boolean>;

  setSiteBot(siteId: string, botId: string | null): Promise<void>;
  getSiteBot(siteId: string): Promise<string | null>;

  /**
   * Atomic: a conversation that is not closed goes to `botId` (open, no agent); the agent who
   * had it gets their capacity slot back. `null` when closed or missing.
   */
  holdByBot(conversationId: string, botId: string, at: number): Promise<Conversation | null>;
  /** Atomic: if `botId` holds it, it goes back to waiting with no one holding it; else `null`. */
  releaseFromBot(conversationId: string, botId: string, at: number): Promise<Conversation | null>;
  /** Atomic: if `botId` holds it, `agentId` takes it (open, counted against their capacity); else `null`. */
  takeFromBot(conversationId: string, botId: string, agentId: string, at: number): Promise<Conversation | null>;
  /** Conversations `botId` holds that are not closed, newest activity first. */
  listHeldByBot(botId: string, limit: number): Promise<Conversation[]>;

  enqueueDelivery(delivery: WebhookDelivery): Promise<void>;
  /**
   * Atomic: pending deliveries due at `now`, oldest first, each leased until `now + leaseMs`
   * (its next attempt moves there) so another worker or process does not send it meanwhile.
   */
  claimDueDeliveries(now: number, leaseMs: number, limit: number): Promise<WebhookDelivery[]>;
  completeDelivery(id: string, attempts: number): Promise<void>;
  retryDelivery(id: string, attempts: number, nextAttemptAt: number, error: string): Promise<void>;
  failDelivery(id: string, attempts: number, error: string): Promise<void>;
  listDeliveries(botId: string, limit: number): Promise<WebhookDelivery[]>;

  /** Once per conversation: a second call for the same conversation changes nothing. */
  recordResolution(resolution: Resolution): Promise<void>;
  countResolutions(workspaceId: string, kind: string): Promise<number>;
}
