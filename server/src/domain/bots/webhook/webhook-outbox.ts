import { nanoid } from 'nanoid';
import { webhookHeaders, type WebhookEvent } from '@parley/shared';
import type { BotConfig } from '../../../config.js';
import type { Logger } from '../../../logger.js';
import type { BotRecord, WebhookDelivery } from '../../../store/bot-port.js';
import type { Store } from '../../../store/port.js';
import { OutboxPump } from '../../outbox/outbox-pump.js';
import { nextAttemptAt } from '../../outbox/retry-schedule.js';
import { signWebhook } from './webhook-signature.js';
import { safePost } from '../../../outbound/safe-post.js';

/** Consecutive failed attempts after which a webhook bot is marked unhealthy. */
export const UNHEALTHY_AFTER = 3;

/**
 * The webhook outbox. Every event is written to the store first (so a restart loses none),
 * then POSTed, signed, by a worker that claims due deliveries with a lease (so two workers or
 * processes never send one twice at the same time). A failure is retried with exponential
 * backoff (`base * 2^(attempt-1)`) up to `webhookMaxAttempts`; `UNHEALTHY_AFTER` failures in a
 * row mark the bot unhealthy, a success marks it healthy again. The loop and the retry rule are
 * the ones every outbox shares (`domain/outbox/`).
 */
export class WebhookOutbox {
  private readonly failuresInRow = new Map<string, number>();
  private readonly pump: OutboxPump<WebhookDelivery>;

  constructor(
    private readonly store: Store,
    private readonly config: BotConfig,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.pump = new OutboxPump({
      name: 'webhook outbox',
      claim: (limit) => this.store.bots.claimDueDeliveries(this.now(), this.config.webhookTimeoutMs * 2, limit),
      process: (delivery) => this.attempt(delivery),
      pollMs: Math.min(this.config.webhookRetryBaseMs, 1000),
      log,
    });
  }

  /** Writes an event for the bot and wakes the worker. */
  async enqueue(bot: BotRecord, event: WebhookEvent, payload: object): Promise<void> {
    const id = `dlv_${nanoid(16)}`;
    const at = this.now();
    const body = JSON.stringify({ id, event, createdAt: at, botId: bot.id, ...payload });
    await this.store.bots.enqueueDelivery({
      id,
      botId: bot.id,
      event,
      body,
      attempts: 0,
      nextAttemptAt: at,
      status: 'pending',
      lastError: null,
      createdAt: at,
    });
    this.pump.kick();
  }

  /** Starts the worker; it also picks up what an earlier process left in the outbox. */
  start(): void {
    this.pump.start();
  }

  stop(): Promise<void> {
    return this.pump.stop();
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const bot = await this.store.bots.getBot(delivery.botId);
    const attempts = delivery.attempts + 1;
    if (!bot || !bot.webhookUrl) {
      await this.store.bots.failDelivery(delivery.id, delivery.attempts, 'bot deleted or has no webhook URL');
      return;
    }
    const error = await this.post(bot, delivery);
    if (error === null) {
      await this.store.bots.completeDelivery(delivery.id, attempts);
      this.failuresInRow.set(bot.id, 0);
      if (!bot.healthy) await this.store.bots.setBotHealthy(bot.id, true);
      return;
    }
    const inRow = (this.failuresInRow.get(bot.id) ?? 0) + 1;
    this.failuresInRow.set(bot.id, inRow);
    if (inRow >= UNHEALTHY_AFTER && bot.healthy) {
      await this.store.bots.setBotHealthy(bot.id, false);
      this.log.warn({ botId: bot.id, error }, 'webhook bot marked unhealthy');
    }
    const next = nextAttemptAt({ baseMs: this.config.webhookRetryBaseMs, maxAttempts: this.config.webhookMaxAttempts }, attempts, this.now());
    if (next === null) {
      await this.store.bots.failDelivery(delivery.id, attempts, error);
      return;
    }
    await this.store.bots.retryDelivery(delivery.id, attempts, next, error);
  }

  /** One signed POST; `null` on a 2xx answer, else what went wrong. */
  private async post(bot: BotRecord, delivery: WebhookDelivery): Promise<string | null> {
    const timestamp = Math.floor(this.now() / 1000);
    try {
      const status = await safePost(bot.webhookUrl!, {
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Parley-Webhook/1',
          [webhookHeaders.signature]: signWebhook(bot.webhookSecret, timestamp, delivery.body),
          [webhookHeaders.timestamp]: String(timestamp),
          [webhookHeaders.event]: delivery.event,
          [webhookHeaders.delivery]: delivery.id,
        },
        body: delivery.body,
        timeoutMs: this.config.webhookTimeoutMs,
        allowPrivate: this.config.allowPrivateWebhooks,
      });
      return status >= 200 && status < 300 ? null : `HTTP ${status}`;
    } catch (err) {
      const { name, message } = err as Error;
      if (name === 'OutboundRefused') return `refused: ${message}`;
      return name === 'TimeoutError' ? 'timed out' : `network error: ${message}`;
    }
  }
}
