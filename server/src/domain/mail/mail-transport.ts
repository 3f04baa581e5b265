/** A rendered mail as it leaves Parley. */
export interface OutgoingMail {
  /** The outbox id: also the Message-ID's left part, the same on every attempt. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Why a send failed; `permanent` when the SMTP server refused the mail for good (5xx). */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

/**
 * How the outbox hands a mail to the world (SMTP through nodemailer in production). It resolves
 * once the server accepted the mail, and throws `MailSendError` otherwise.
 */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
