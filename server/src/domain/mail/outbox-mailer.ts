import { nanoid } from 'nanoid';
import type { Store } from '../../store/port.js';
import type { Mailer, MailRequest } from './mailer.js';
import { renderMail } from './render-mail.js';

/** One address, nothing else: a comma or a line break here would add recipients or headers. */
const singleAddress = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/**
 * The mailer when SMTP is configured: renders the mail in the recipient's language and writes
 * it to the store's outbox, then wakes the worker. It never talks to the SMTP server, so a
 * request that mails something answers as fast with the SMTP server down as up.
 */
export class OutboxMailer implements Mailer {
  readonly configured = true;

  constructor(
    private readonly store: Store,
    private readonly wake: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Stores the mail once per idempotency key (a retried request finds the key taken and
   * queues nothing) and resolves once it is in the store.
   * @example await mailer.enqueue({ kind: 'password-reset', to, locale: 'en', workspaceId: null, data: { url, name } })
   */
  async enqueue(request: MailRequest): Promise<void> {
    const to = request.to.trim();
    if (!singleAddress.test(to)) throw new Error(`not a single mail address: ${JSON.stringify(request.to)}`);
    const rendered = renderMail(request);
    const at = this.now();
    const stored = await this.store.mail.enqueueMail({
      id: `mail_${nanoid(16)}`,
      kind: request.kind,
      to,
      locale: request.locale,
      workspaceId: request.workspaceId,
      ...rendered,
      idempotencyKey: request.idempotencyKey ?? null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      createdAt: at,
      sentAt: null,
    });
    if (stored) this.wake();
  }
}
