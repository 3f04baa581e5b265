import type { MailStatusName, MailSummary, TranscriptRequest } from '@parley/shared';
import type { MailConfig } from '../../mail-config.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { MailAdmin } from './mail-admin.js';
import { MailOutboxWorker } from './mail-outbox-worker.js';
import type { MailTransport } from './mail-transport.js';
import { noMailer, type Mailer } from './mailer.js';
import { OfflineMail } from './offline-mail.js';
import { OutboxMailer } from './outbox-mailer.js';
import { TranscriptRequests } from './transcript-requests.js';

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

/**
 * Email: the port other services queue through (`mailer`), left messages and replies to them
 * (`offline`, which conversations and intake call), and what the outbox offers admins and
 * visitors, which the transports reach through its methods. The outbox worker starts with `start()`.
 */
export class MailFeature {
  /** The port every service queues mail through (`noMailer` without SMTP). */
  readonly mailer: Mailer;
  /** Mail about left messages and the replies to them (conversations and intake call it). */
  readonly offline: OfflineMail;
  private readonly admin: MailAdmin;
  private readonly transcripts: TranscriptRequests;
  private readonly worker: MailOutboxWorker | null;

  constructor(deps: MailDeps) {
    const now = deps.now ?? Date.now;
    const worker = deps.config && deps.transport ? new MailOutboxWorker(deps.store, deps.transport, deps.config, deps.log, now) : null;
    const wake = () => worker?.wake();
    this.worker = worker;
    this.mailer = worker ? new OutboxMailer(deps.store, wake, now) : noMailer;
    this.admin = new MailAdmin(deps.store, wake, now);
    this.offline = new OfflineMail(deps.store, this.mailer, deps.publicUrl);
    this.transcripts = new TranscriptRequests(deps.store, this.mailer);
  }

  /** The workspace's mails in one state (admins), newest first. */
  listMails(workspaceId: string, status: MailStatusName, limit: number): Promise<MailSummary[]> {
    return this.admin.list(workspaceId, status, limit);
  }

  /** Queues a failed mail again (admins); `not_found` for another workspace's, `conflict` when it is not failed. */
  retryMail(workspaceId: string, mailId: string): Promise<MailSummary> {
    return this.admin.retry(workspaceId, mailId);
  }

  /** The visitor's "email me the transcript"; `rate_limited` past the limit, `unavailable` without SMTP. */
  requestTranscript(actor: Actor & { kind: 'visitor' }, input: TranscriptRequest): Promise<null> {
    return this.transcripts.request(actor, input);
  }

  /** Starts the outbox worker (a no-op without SMTP). */
  start(): void {
    this.worker?.start();
  }

  /**
   * Stops the worker once the sends under way are recorded, waiting at most `graceMs`: a send
   * still under way then is left `sending`, and becomes a failed mail for admins (never resent).
   */
  async stop(graceMs: number): Promise<void> {
    if (!this.worker) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.worker.stop(), grace]);
    clearTimeout(timer);
  }
}
