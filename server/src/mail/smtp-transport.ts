import { createTransport } from 'nodemailer';
import type { MailConfig } from '../mail-config.js';
import { MailSendError, type MailTransport, type OutgoingMail } from '../domain/mail/mail-transport.js';

/**
 * Bounds on each SMTP conversation, so an attempt always ends well inside the outbox's lease
 * (a hung server must not leave a mail claimed forever). SMTP_URL's query may override them.
 */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The host part of MAIL_FROM, for Message-IDs. */
function fromDomain(from: string): string {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  return address.split('@').pop()!.trim() || 'parley.invalid';
}

/**
 * SMTP through nodemailer, one connection per mail (mail is rare; a pool would hold sockets
 * open for nothing). `smtps://` speaks TLS from the start, `smtp://` upgrades with STARTTLS
 * when the server offers it.
 */
export function smtpTransport(config: MailConfig): MailTransport {
  const transporter = createTransport({ url: config.smtpUrl, ...timeouts }, { from: config.from });
  const domain = fromDomain(config.from);
  return {
    async send(mail: OutgoingMail): Promise<void> {
      try {
        await transporter.sendMail({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          // The same Message-ID on every attempt: should an admin send a mail again whose first
          // attempt may have gone through, mail systems can tell it is the same message.
          messageId: `<${mail.id}@${domain}>`,
        });
      } catch (err) {
        const e = err as Error & { permanent?: boolean; response?: string };
        throw new MailSendError(e.response ?? e.message, e.permanent === true);
      }
    },
    close() {
      transporter.close();
    },
  };
}
