import type { MailConfig } from '../../mail-config.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import { MailAdmin } from './mail-admin.js';
import { MailOutboxWorker } from './mail-outbox-worker.js';
import type { MailTransport } from './mail-transport.js';
import { noMailer, type Mailer } from './mailer.js';
import { OfflineMail } from './offline-mail.js';
import { OutboxMailer } from './outbox-mailer.js';
import { TranscriptRequests } from './transcript-requests.js';

/** Email, wired: the port other services queue through, and what the outbox offers admins and visitors. */
export interface MailFeature {
  mailer: Mailer;
  admin: MailAdmin;
  offline: OfflineMail;
  transcripts: TranscriptRequests;
  /** Starts the outbox worker (a no-op without SMTP). */
  start(): void;
  /**
   * Stops the worker once the sends under way are recorded, waiting at most `graceMs`: a send
   * still under way then is left `sending`, and becomes a failed mail for admins (never resent).
   */
  stop(graceMs: number): Promise<void>;
}

export interface MailDeps {
  store: Store;
  log: Logger;
  /** `null` without SMTP_URL: nothing is queued and `mailer` is `noMailer`. */
  config: MailConfig | null;
  /** Built by the composition root from `config` (SMTP through nodemailer). */
  transport: MailTransport | null;
  publicUrl: string | null;
  now?: () => number;
}

/** Builds the mail feature; the outbox worker starts with `start()`. */
export function createMail(deps: MailDeps): MailFeature {
  const now = deps.now ?? Date.now;
  const worker = deps.config && deps.transport ? new MailOutboxWorker(deps.store, deps.transport, deps.config, deps.log, now) : null;
  const wake = () => worker?.wake();
  const mailer: Mailer = worker ? new OutboxMailer(deps.store, wake, now) : noMailer;
  return {
    mailer,
    admin: new MailAdmin(deps.store, wake, now),
    offline: new OfflineMail(deps.store, mailer, deps.publicUrl),
    transcripts: new TranscriptRequests(deps.store, mailer),
    start: () => worker?.start(),
    stop: async (graceMs) => {
      if (!worker) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([worker.stop(), grace]);
      clearTimeout(timer);
    },
  };
}
