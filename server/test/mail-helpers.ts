import { DEMO } from '../src/domain/accounts/demo-seed.js';
import type { OutboxMail } from '../src/store/mail-port.js';
import type { SmtpSink } from './smtp-sink.js';
import type { TestServer } from './test-server.js';

export const PUBLIC_URL = 'https://chat.parley.test';

/** The environment that points a test server's mail at a sink; retries come quickly. */
export function mailEnv(sink: SmtpSink, extra: Record<string, string> = {}): Record<string, string> {
  return { SMTP_URL: sink.url, MAIL_FROM: 'Parley Help <help@parley.test>', PUBLIC_URL, MAIL_RETRY_BASE_MS: '100', ...extra };
}

/** Resolves with the outbox's mails for `to` once `predicate` holds for them; rejects after `ms`. */
export async function outboxUntil(
  t: TestServer,
  to: string,
  predicate: (mails: OutboxMail[]) => boolean,
  ms = 10_000,
): Promise<OutboxMail[]> {
  const until = Date.now() + ms;
  for (;;) {
    const mails = await outboxFor(t, to);
    if (predicate(mails)) return mails;
    if (Date.now() > until) throw new Error(`outbox for ${to} never matched: ${JSON.stringify(mails.map((m) => [m.status, m.attempts, m.lastError]))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every mail of the demo workspace's outbox (any state) addressed to `to`. */
export async function outboxFor(t: TestServer, to: string): Promise<OutboxMail[]> {
  const workspaceId = (await t.server.store.getSiteByKey(DEMO.siteKey))!.workspaceId;
  const all = await Promise.all(
    (['pending', 'sending', 'sent', 'failed'] as const).map((status) => t.server.store.mail.listMails({ workspaceId, status, limit: 200 })),
  );
  return all.flat().filter((m) => m.to === to);
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
