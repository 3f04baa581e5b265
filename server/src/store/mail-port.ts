import type { Locale } from '@parley/shared';
import type { MailKind } from '../domain/mail/mailer.js';

/**
 * `pending`: waiting for its (next) attempt. `sending`: claimed by a worker, leased until
 * `nextAttemptAt`. `sent`: the SMTP server accepted it. `failed`: given up; listed for admins.
 */
export const MailStatus = { pending: 'pending', sending: 'sending', sent: 'sent', failed: 'failed' } as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

/** One mail in the durable outbox, rendered when it was queued (what goes out never changes on a retry). */
export interface OutboxMail {
  id: string;
  kind: MailKind;
  to: string;
  locale: Locale;
  /** Whose admins see it when it fails; `null` for mail that belongs to no workspace. */
  workspaceId: string | null;
  subject: string;
  text: string;
  html: string;
  /** Unique when set: a second mail with the same key is never stored. */
  idempotencyKey: string | null;
  status: MailStatus;
  /** Attempts started so far (counted when claimed, so an attempt cut short by a crash counts too). */
  attempts: number;
  /** `pending`: when it is due. `sending`: when the claiming worker's lease ends. */
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
}

export interface MailQuery {
  workspaceId: string;
  status: MailStatus;
  limit: number;
}

/**
 * The mail outbox, a property of the store (`store.mail`). Claims are atomic across processes
 * sharing one database: a mail is claimed (moved to `sending`) by one worker at a time.
 */
export interface MailStore {
  /** Stores a new mail; `false` (nothing stored) when its idempotency key is already taken. */
  enqueueMail(mail: OutboxMail): Promise<boolean>;
  /**
   * Atomic: pending mails due at `now`, oldest due first, each moved to `sending` with one more
   * attempt and a lease until `now + leaseMs`. Returned as they are after the claim.
   */
  claimDueMails(now: number, leaseMs: number, limit: number): Promise<OutboxMail[]>;
  /**
   * Atomic: mails still `sending` whose lease ended before `now` (the worker that claimed them
   * died mid-send, so whether the SMTP server took them is unknown) become `failed` with `error`.
   * Returns how many.
   */
  failAbandonedMails(now: number, error: string): Promise<number>;
  /** The SMTP server accepted it: `sent`, whatever happened to it meanwhile. */
  markMailSent(id: string, at: number): Promise<void>;
  /** A `sending` mail waits for another attempt at `nextAttemptAt` (a no-op in any other state). */
  retryMailLater(id: string, nextAttemptAt: number, error: string): Promise<void>;
  /** A `sending` mail is given up (a no-op in any other state). */
  failMail(id: string, error: string): Promise<void>;
  getMail(id: string): Promise<OutboxMail | null>;
  /** The workspace's mails in one state, newest first. */
  listMails(query: MailQuery): Promise<OutboxMail[]>;
  /** Atomic: a `failed` mail of the workspace is due again at `now` with its attempts reset; `null` otherwise. */
  requeueFailedMail(id: string, workspaceId: string, now: number): Promise<OutboxMail | null>;
  /** How many mails have an idempotency key starting with `prefix` (a per-subject count, for rate limits). */
  countMailsWithKeyPrefix(prefix: string): Promise<number>;
}
