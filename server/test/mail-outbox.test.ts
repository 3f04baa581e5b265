import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import type { MailRequest } from '../src/domain/mail/mailer.js';
import { mailEnv, outboxUntil, pause } from './mail-helpers.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { startTestServer, type TestServer } from './test-server.js';

const reset = (to: string, workspaceId: string | null, idempotencyKey?: string): MailRequest => ({
  kind: 'password-reset',
  to,
  locale: 'en',
  workspaceId,
  data: { url: 'https://chat.parley.test/reset/abc', name: 'Mei' },
  ...(idempotencyKey ? { idempotencyKey } : {}),
});

describe('the mail outbox (real SMTP server)', () => {
  const open: { t?: TestServer; sink?: SmtpSink }[] = [];
  afterEach(async () => {
    for (const { t, sink } of open.splice(0)) {
      await t?.close();
      await sink?.stop();
    }
  });
  const workspaceOf = async (t: TestServer) => (await t.server.store.getSiteByKey(DEMO.siteKey))!.workspaceId;

  it('never blocks a request while SMTP is down, and delivers exactly once when it is back', async () => {
    const sink = await startSmtpSink({ listening: false });
    const t = await startTestServer(mailEnv(sink));
    open.push({ t, sink });
    const to = 'down-then-up@example.com';
    const started = Date.now();
    await t.server.mail.mailer.enqueue(reset(to, await workspaceOf(t), 'reset:1'));
    // A retried request with the same key queues nothing more.
    await t.server.mail.mailer.enqueue(reset(to, await workspaceOf(t), 'reset:1'));
    expect(Date.now() - started).toBeLessThan(1000);

    const [pending] = await outboxUntil(t, to, (m) => m.length === 1 && m[0]!.attempts >= 2 && m[0]!.status === 'pending');
    expect(pending!.lastError).toMatch(/ECONNREFUSED/);
    await sink.start();
    const [mail] = await sink.waitFor(to);
    expect(mail!.subject).toBe('Reset your Parley password');
    expect(mail!.messageId).toBe(`<${pending!.id}@parley.test>`);
    await outboxUntil(t, to, (m) => m[0]!.status === 'sent');
    await pause(500);
    expect(sink.to(to)).toHaveLength(1);
  });

  it('sends a mail left pending by a stopped server once, after the restart', async () => {
    const sink = await startSmtpSink({ listening: false });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-mail-restart-'));
    const first = await startTestServer(mailEnv(sink, { MAIL_RETRY_BASE_MS: '1500' }), { dataDir, keepData: true });
    const to = 'after-restart@example.com';
    await first.server.mail.mailer.enqueue(reset(to, await workspaceOf(first)));
    await outboxUntil(first, to, (m) => m[0]?.attempts === 1 && m[0].status === 'pending');
    await first.close();

    await sink.start();
    const second = await startTestServer(mailEnv(sink), { dataDir });
    open.push({ t: second, sink });
    await sink.waitFor(to);
    await outboxUntil(second, to, (m) => m[0]!.status === 'sent' && m[0]!.attempts === 2);
    await pause(500);
    expect(sink.to(to)).toHaveLength(1);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets a stop finish the send under way and record it, so the restarted server sends nothing again', async () => {
    const sink = await startSmtpSink({ acceptDelayMs: 800 });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-mail-stop-'));
    const first = await startTestServer(mailEnv(sink), { dataDir, keepData: true });
    const to = 'mid-send@example.com';
    await first.server.mail.mailer.enqueue(reset(to, await workspaceOf(first)));
    await outboxUntil(first, to, (m) => m[0]?.status === 'sending');
    await first.close();
    expect(sink.to(to)).toHaveLength(1);

    const second = await startTestServer(mailEnv(sink), { dataDir });
    open.push({ t: second, sink });
    const [mail] = await outboxUntil(second, to, (m) => m.length === 1);
    expect(mail).toMatchObject({ status: 'sent', attempts: 1 });
    await pause(500);
    expect(sink.to(to)).toHaveLength(1);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fails a refused mail at once and one that ran out of attempts, without resending either', async () => {
    const sink = await startSmtpSink({ listening: false });
    const t = await startTestServer(mailEnv(sink, { MAIL_MAX_ATTEMPTS: '2' }));
    open.push({ t, sink });
    const workspaceId = await workspaceOf(t);
    await t.server.mail.mailer.enqueue(reset('gave-up@example.com', workspaceId));
    const [gaveUp] = await outboxUntil(t, 'gave-up@example.com', (m) => m[0]?.status === 'failed');
    expect(gaveUp!.attempts).toBe(2);

    await sink.start();
    await t.server.mail.mailer.enqueue(reset('nobody@example.com', workspaceId));
    const [refused] = await outboxUntil(t, 'nobody@example.com', (m) => m[0]?.status === 'failed');
    expect(refused).toMatchObject({ attempts: 1 });
    expect(refused!.lastError).toMatch(/550/);
    await pause(300);
    expect(sink.received).toEqual([]);
  });
});
