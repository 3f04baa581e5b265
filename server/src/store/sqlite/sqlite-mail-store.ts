import type { Database } from 'better-sqlite3';
import type { Locale } from '@parley/shared';
import type { MailKind } from '../../domain/mail/mailer.js';
import type { MailQuery, MailStatus, MailStore, OutboxMail } from '../mail-port.js';

interface MailRow {
  id: string;
  kind: string;
  recipient: string;
  locale: string;
  workspace_id: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  idempotency_key: string | null;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}
const toMail = (r: MailRow): OutboxMail => ({
  id: r.id,
  kind: r.kind as MailKind,
  to: r.recipient,
  locale: r.locale as Locale,
  workspaceId: r.workspace_id,
  subject: r.subject,
  text: r.text_body,
  html: r.html_body,
  idempotencyKey: r.idempotency_key,
  status: r.status as MailStatus,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

/** The mail outbox in SQLite, on the store's database handle (table `mail_outbox`). */
export class SqliteMailStore implements MailStore {
  private readonly s;

  constructor(private readonly db: Database) {
    this.s = {
      // ON CONFLICT DO NOTHING: the unique idempotency key decides, atomically, which request queues.
      insert: db.prepare(
        `INSERT INTO mail_outbox (id, kind, recipient, locale, workspace_id, subject, text_body, html_body, idempotency_key,
           status, attempts, next_attempt_at, last_error, created_at, sent_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      due: db.prepare(
        "SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?",
      ),
      claim: db.prepare(
        "UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? WHERE id = ? AND status = 'pending' RETURNING *",
      ),
      abandon: db.prepare("UPDATE mail_outbox SET status = 'failed', last_error = ? WHERE status = 'sending' AND next_attempt_at < ?"),
      sent: db.prepare("UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?"),
      retry: db.prepare("UPDATE mail_outbox SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'"),
      fail: db.prepare("UPDATE mail_outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'"),
      get: db.prepare('SELECT * FROM mail_outbox WHERE id = ?'),
      list: db.prepare(
        'SELECT * FROM mail_outbox WHERE workspace_id = ? AND status = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
      ),
      requeue: db.prepare(
        `UPDATE mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = ?
         WHERE id = ? AND workspace_id = ? AND status = 'failed' RETURNING *`,
      ),
      // A range on the unique index instead of LIKE: no escaping of `%` or `_` in keys.
      countPrefix: db.prepare('SELECT COUNT(*) AS n FROM mail_outbox WHERE idempotency_key >= ? AND idempotency_key < ?'),
    };
  }

  async enqueueMail(m: OutboxMail): Promise<boolean> {
    const result = this.s.insert.run(
      m.id, m.kind, m.to, m.locale, m.workspaceId, m.subject, m.text, m.html, m.idempotencyKey,
      m.status, m.attempts, m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt,
    );
    return result.changes > 0;
  }
  async claimDueMails(now: number, leaseMs: number, limit: number): Promise<OutboxMail[]> {
    return this.db
      .transaction(() => {
        const ids = this.s.due.all(now, limit) as { id: string }[];
        return ids.map(({ id }) => toMail(this.s.claim.get(now + leaseMs, id) as MailRow));
      })
      .immediate();
  }
  async failAbandonedMails(now: number, error: string): Promise<number> {
    return this.s.abandon.run(error, now).changes;
  }
  async markMailSent(id: string, at: number): Promise<void> {
    this.s.sent.run(at, id);
  }
  async retryMailLater(id: string, nextAttemptAt: number, error: string): Promise<void> {
    this.s.retry.run(nextAttemptAt, error, id);
  }
  async failMail(id: string, error: string): Promise<void> {
    this.s.fail.run(error, id);
  }
  async getMail(id: string): Promise<OutboxMail | null> {
    const row = this.s.get.get(id) as MailRow | undefined;
    return row ? toMail(row) : null;
  }
  async listMails(q: MailQuery): Promise<OutboxMail[]> {
    return (this.s.list.all(q.workspaceId, q.status, q.limit) as MailRow[]).map(toMail);
  }
  async requeueFailedMail(id: string, workspaceId: string, now: number): Promise<OutboxMail | null> {
    const row = this.s.requeue.get(now, id, workspaceId) as MailRow | undefined;
    return row ? toMail(row) : null;
  }
  async countMailsWithKeyPrefix(prefix: string): Promise<number> {
    return (this.s.countPrefix.get(prefix, `${prefix}\uffff`) as { n: number }).n;
  }
}
