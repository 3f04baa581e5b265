import type { MailConfig } from '../../mail-config.js';
import type { Logger } from '../../logger.js';
import type { OutboxMail } from '../../store/mail-port.js';
import type { Store } from '../../store/port.js';
import { OutboxPump } from '../outbox/outbox-pump.js';
import { nextAttemptAt } from '../outbox/retry-schedule.js';
import { MailSendError, type MailTransport } from './mail-transport.js';

/**
 * How long a claimed mail stays with the worker that claimed it. Far longer than one SMTP
 * conversation may last (the transport's timeouts end it within a minute), so a live worker
 * never loses a mail it is still sending.
 */
export const MAIL_LEASE_MS = 10 * 60_000;

export const INTERRUPTED = 'interrupted while sending (the server stopped); it may have been delivered, so it is not sent again by itself';

/**
 * Sends what the outbox holds, at most once each.
 *
 * A mail is claimed (`sending`, with a lease) right before its SMTP conversation and marked
 * `sent` the moment the SMTP server accepts it. Should the process die in between, nobody can
 * know whether the server took it: when the lease ends, the mail is marked `failed` with
 * `INTERRUPTED` and listed for admins, who may send it again. It is never sent again by
 * itself, so a crash can lose a mail's automatic delivery but never sends one twice. The doubt
 * covers only that SMTP conversation (usually well under a second); accepted-to-recorded is one
 * local store write. A graceful stop waits for sends under way, so a restart leaves no doubt.
 *
 * A refusal for good (SMTP 5xx) fails the mail at once; anything else (server down, timeout,
 * 4xx) is retried with the outboxes' shared backoff until `maxAttempts`.
 */
export class MailOutboxWorker {
  private readonly pump: OutboxPump<OutboxMail>;

  constructor(
    private readonly store: Store,
    private readonly transport: MailTransport,
    private readonly config: Pick<MailConfig, 'retryBaseMs' | 'maxAttempts'>,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.pump = new OutboxPump({
      name: 'mail outbox',
      claim: (limit) => this.claim(limit),
      process: (mail) => this.attempt(mail),
      pollMs: Math.min(config.retryBaseMs, 1000),
      log,
    });
  }

  /** Starts sending, including what an earlier process left in the outbox. */
  start(): void {
    this.pump.start();
  }

  /** Looks for due mail now (a mail was just queued). */
  wake(): void {
    this.pump.kick();
  }

  /** Stops, after the sends under way have been recorded; then closes the transport. */
  async stop(): Promise<void> {
    await this.pump.stop();
    this.transport.close();
  }

  private async claim(limit: number): Promise<OutboxMail[]> {
    const at = this.now();
    const abandoned = await this.store.mail.failAbandonedMails(at, INTERRUPTED);
    if (abandoned > 0) this.log.warn({ count: abandoned }, 'mail interrupted mid-send by a stop; listed as failed, not resent');
    return this.store.mail.claimDueMails(at, MAIL_LEASE_MS, limit);
  }

  private async attempt(mail: OutboxMail): Promise<void> {
    try {
      await this.transport.send(mail);
    } catch (err) {
      await this.failed(mail, err);
      return;
    }
    // Nothing between the server's acceptance and this write: the window a crash could leave in doubt.
    await this.store.mail.markMailSent(mail.id, this.now());
  }

  private async failed(mail: OutboxMail, err: unknown): Promise<void> {
    const permanent = err instanceof MailSendError && err.permanent;
    const error = (err as Error).message || String(err);
    const next = permanent ? null : nextAttemptAt({ baseMs: this.config.retryBaseMs, maxAttempts: this.config.maxAttempts }, mail.attempts, this.now());
    if (next === null) {
      await this.store.mail.failMail(mail.id, error);
      this.log.warn({ mailId: mail.id, kind: mail.kind, attempts: mail.attempts, error }, 'mail failed for good');
      return;
    }
    await this.store.mail.retryMailLater(mail.id, next, error);
  }
}
