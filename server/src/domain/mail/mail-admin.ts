import { ErrorCode, type MailStatusName, type MailSummary } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { OutboxMail } from '../../store/mail-port.js';
import type { Store } from '../../store/port.js';

const summary = (m: OutboxMail): MailSummary => ({
  id: m.id,
  kind: m.kind,
  to: m.to,
  subject: m.subject,
  locale: m.locale,
  status: m.status,
  attempts: m.attempts,
  lastError: m.lastError,
  createdAt: m.createdAt,
  nextAttemptAt: m.nextAttemptAt,
  sentAt: m.sentAt,
});

/** The outbox as a workspace's admins see it: its mails by state, and "send again" for failed ones. */
export class MailAdmin {
  constructor(
    private readonly store: Store,
    private readonly wake: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The workspace's mails in one state, newest first. */
  async list(workspaceId: string, status: MailStatusName, limit: number): Promise<MailSummary[]> {
    return (await this.store.mail.listMails({ workspaceId, status, limit })).map(summary);
  }

  /**
   * Queues a failed mail of the workspace again (attempts start over); `not_found` for another
   * workspace's mail, `conflict` when it is not failed.
   */
  async retry(workspaceId: string, mailId: string): Promise<MailSummary> {
    const requeued = await this.store.mail.requeueFailedMail(mailId, workspaceId, this.now());
    if (requeued) {
      this.wake();
      return summary(requeued);
    }
    const mail = await this.store.mail.getMail(mailId);
    if (!mail || mail.workspaceId !== workspaceId) throw new AppError(ErrorCode.notFound, 'no such mail in your workspace');
    throw new AppError(ErrorCode.conflict, `the mail is ${mail.status}, not failed`);
  }
}
