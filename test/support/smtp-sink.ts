import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './server-process.js';

/** A mail as the SMTP server received it, parsed. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port, no TLS and no login,
 * keeping every mail it receives parsed with mailparser.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<SmtpSink> {
    const port = await freePort();
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
            sink!.received.push({
              from: parsed.from?.value[0]?.address ?? '',
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
            });
            callback();
          },
          (err: Error) => callback(err),
        );
      },
    });
    sink = new SmtpSink(server, port);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return sink;
  }

  /** Resolves with the first mail to `address`; rejects after `ms`. */
  async next(address: string, ms = 15_000): Promise<ReceivedMail> {
    const until = Date.now() + ms;
    for (;;) {
      const mail = this.received.find((m) => m.to.includes(address));
      if (mail) return mail;
      if (Date.now() > until) throw new Error(`no mail to ${address} within ${ms} ms; received ${JSON.stringify(this.received.map((m) => m.to))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
