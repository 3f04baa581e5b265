import type { Locale } from '@parley/shared';

/** The mails Parley sends; each has a template in en, zh-CN and zh-TW, plain text and HTML. */
export type MailKind = 'invitation' | 'password-reset' | 'offline-message' | 'offline-reply' | 'transcript';

export interface MailRequest {
  kind: MailKind;
  to: string;
  locale: Locale;
  workspaceId: string | null;
  /** Values the template fills in (links, names, texts). */
  data: Record<string, string>;
  /** Stored once per key: a retried request never queues a second mail. */
  idempotencyKey?: string;
}

/** Sends mail through the durable outbox; transport code and services depend on this port only. */
export interface Mailer {
  /** True when SMTP is configured (SMTP_URL): mails go out; otherwise callers show links themselves. */
  readonly configured: boolean;
  /** Stores the mail in the outbox and resolves; never waits for the SMTP server. */
  enqueue(mail: MailRequest): Promise<void>;
}

/** The mailer when no SMTP server is configured: nothing is queued. */
export const noMailer: Mailer = { configured: false, enqueue: async () => {} };
