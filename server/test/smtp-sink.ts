import { createServer as createNetServer } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it, parsed. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  /** Everything received since the sink was made, across stops and starts. */
  received: ReceivedMail[];
  /** Mails received for one address. */
  to(address: string): ReceivedMail[];
  /** Resolves once `count` mails for `address` arrived (or any address with `address` '*'); rejects after `ms`. */
  waitFor(address: string, count?: number, ms?: number): Promise<ReceivedMail[]>;
  /** Listens (again) on the same port. */
  start(): Promise<void>;
  /** Stops listening: connections are refused, as with an SMTP server that is down. */
  stop(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port, keeping what it
 * receives parsed with mailparser; it refuses `nobody@…` with 550. It can be stopped and started on the same port, to play an
 * SMTP server that is down for a while.
 */
export async function startSmtpSink(options: { listening?: boolean; acceptDelayMs?: number } = {}): Promise<SmtpSink> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A mailbox that does not exist, refused for good as real servers do (550).
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('nobody@')) callback(Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 }));
        else callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
            received.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', messageId: parsed.messageId ?? '', parsed });
            // A slow server: the sender waits this long for the "250 accepted".
            setTimeout(() => callback(), options.acceptDelayMs ?? 0);
          },
          (err: Error) => callback(err),
        );
      },
    });

  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((m) => m.to.includes(address)),
    async waitFor(address, count = 1, ms = 10_000) {
      const until = Date.now() + ms;
      const matching = () => (address === '*' ? received : sink.to(address));
      while (matching().length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mail(s) to ${address}, got ${matching().length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return matching();
    },
    async start() {
      if (server) return;
      const s = make();
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
      server = s;
    },
    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  if (options.listening ?? true) await sink.start();
  return sink;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
