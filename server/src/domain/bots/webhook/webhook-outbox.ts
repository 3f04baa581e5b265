import { nanoid } from 'nanoid';
import { webhookHeaders, type WebhookEvent } from '@parley/shared';
import type { BotConfig } from '../../../config.js';
import type { Logger } from '../../../logger.js';
import type { BotRecord, WebhookDelivery } from '../../../store/bot-port.js';
import type { Store } from '../../../store/port.js';
import { signWebhook } from './webhook-signature.js';

/** Consecutive failed attempts after which a webhook bot is marked unhealthy. */
export const UNHEALTHY_AFTER = 3;
const MAX_BACKOFF_MS = 3_600_000;

/**
 * The webhook outbox. Every event is written to the store first (so a restart loses none),
 * then POSTed, signed, by a worker that claims due deliveries with a lease (so two workers or
 * processes never send one twice at the same time). A failure is retried with exponential
 * backoff (`base * 2^(attempt-1)`) up to `webhookMaxAttempts`; `UNHEALTHY_AFTER` failures in a
 * row mark the bot unhealthy, a success marks it healthy again.
 */
export class WebhookOutbox {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  private stopped = false;
  private readonly failuresInRow = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly config: BotConfig,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

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
    this.kick();
  }

  /** Starts the worker; it also picks up what an earlier process left in the outbox. */
  start(): void {
    this.stopped = false;
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        const due = await this.store.bots.claimDueDeliveries(this.now(), this.config.webhookTimeoutMs * 2, 20);
        await Promise.all(due.map((delivery) => this.attempt(delivery)));
        if (due.length === 20) this.again = true;
      } while (this.again && !this.stopped);
    } catch (err) {
      this.log.error({ err }, 'webhook outbox run failed');
    } finally {
      this.running = false;
    }
    if (!this.stopped) {
      // Poll for retries coming due; a new event kicks the worker sooner.
      this.timer = setTimeout(() => this.kick(), Math.min(this.config.webhookRetryBaseMs, 1000));
      this.timer.unref?.();
    }
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
    if (attempts >= this.config.webhookMaxAttempts) {
      await this.store.bots.failDelivery(delivery.id, attempts, error);
      return;
    }
    const backoff = Math.min(this.config.webhookRetryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    await this.store.bots.retryDelivery(delivery.id, attempts, this.now() + backoff, error);
  }

  /** One signed POST; `null` on a 2xx answer, else what went wrong. */
  private async post(bot: BotRecord, delivery: WebhookDelivery): Promise<string | null> {
    const timestamp = Math.floor(this.now() / 1000);
    try {
      const res = await fetch(bot.webhookUrl!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Parley-Webhook/1',
          [webhookHeaders.signature]: signWebhook(bot.webhookSecret, timestamp, delivery.body),
          [webhookHeaders.timestamp]: String(timestamp),
          [webhookHeaders.event]: delivery.event,
          [webhookHeaders.delivery]: delivery.id,
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhookTimeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.ok ? null : `HTTP ${res.status}`;
    } catch (err) {
      return (err as Error).name === 'TimeoutError' ? 'timed out' : `network error: ${(err as Error).message}`;
    }
  }
}
