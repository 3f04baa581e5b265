import { afterEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { MailSummary } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { INTERRUPTED } from '../src/domain/mail/mail-outbox-worker.js';
import type { OutboxMail } from '../src/store/mail-port.js';
import { mailEnv, outboxUntil, pause } from './mail-helpers.js';
import { adminApi, connectAgents } from './routing-helpers.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('failed mail for admins (GET /api/v1/mail, POST /api/v1/mail/{id}/retry)', () => {
  let t: TestServer;
  let sink: SmtpSink;
  afterEach(async () => {
    await t.close();
    await sink.stop();
  });

  /** A mail as a process that died mid-send leaves it: claimed, its lease over. */
  const interrupted = (workspaceId: string): OutboxMail => ({
    id: `mail_${nanoid(10)}`,
    kind: 'password-reset',
    to: 'interrupted@example.com',
    locale: 'en',
    workspaceId,
    subject: 'Reset your Parley password',
    text: 'Choose a new password: https://chat.parley.test/reset/x\n',
    html: '<p>Choose a new password</p>',
    idempotencyKey: null,
    status: 'sending',
    attempts: 1,
    nextAttemptAt: Date.now() - 1,
    lastError: null,
    createdAt: Date.now() - 60_000,
    sentAt: null,
  });

  async function adminOfAnotherWorkspace(): Promise<string> {
    const workspace = await t.server.store.createWorkspace({ id: nanoid(), name: 'Other', createdAt: Date.now() });
    const email = `admin-${nanoid(5)}@other.test`.toLowerCase();
    await t.server.store.createAgent({
      id: nanoid(), workspaceId: workspace.id, email, name: 'Other admin', role: 'admin', capacity: 1,
      passwordHash: await hashPassword('other-password'), createdAt: Date.now(),
    });
    return t.agentToken(email, 'other-password');
  }

  it('never resends a mail cut off mid-send by itself, lists it for its own admins, and sends it once on retry', async () => {
    sink = await startSmtpSink();
    t = await startTestServer(mailEnv(sink));
    const workspaceId = (await t.server.store.getSiteByKey(DEMO.siteKey))!.workspaceId;
    const cut = interrupted(workspaceId);
    await t.server.store.mail.enqueueMail(cut);

    const [failed] = await outboxUntil(t, cut.to, (m) => m[0]?.status === 'failed');
    expect(failed!.lastError).toBe(INTERRUPTED);
    await pause(300);
    expect(sink.received).toEqual([]);

    const list = await adminApi(t, 'GET', '/mail?status=failed');
    expect(list.status).toBe(200);
    const { mails } = (await list.json()) as { mails: MailSummary[] };
    expect(mails.map((m) => [m.id, m.to, m.kind, m.status])).toEqual([[cut.id, cut.to, 'password-reset', 'failed']]);
    expect(mails[0]).not.toHaveProperty('html');

    // Admins only, and only their own workspace's mail.
    const [agent] = await connectAgents(t, 1, { capacity: 1, role: 'agent' });
    expect((await adminApi(t, 'GET', '/mail', undefined, agent!.token)).status).toBe(403);
    const stranger = await adminOfAnotherWorkspace();
    expect(((await (await adminApi(t, 'GET', '/mail', undefined, stranger)).json()) as { mails: unknown[] }).mails).toEqual([]);
    expect((await adminApi(t, 'POST', `/mail/${cut.id}/retry`, undefined, stranger)).status).toBe(404);
    const bad = await adminApi(t, 'GET', '/mail?status=lost');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe('status');

    const retried = await adminApi(t, 'POST', `/mail/${cut.id}/retry`);
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { mail: MailSummary }).mail).toMatchObject({ status: 'pending', attempts: 0 });
    const [mail] = await sink.waitFor(cut.to);
    expect(mail!.messageId).toBe(`<${cut.id}@parley.test>`);
    await outboxUntil(t, cut.to, (m) => m[0]?.status === 'sent');
    expect((await adminApi(t, 'POST', `/mail/${cut.id}/retry`)).status).toBe(409);
    await pause(300);
    expect(sink.to(cut.to)).toHaveLength(1);
  });

  it('documents the routes in the OpenAPI document', async () => {
    sink = await startSmtpSink();
    t = await startTestServer(mailEnv(sink));
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths['/mail']!)).toEqual(['get']);
    expect(Object.keys(doc.paths['/mail/{id}/retry']!)).toContain('post');
    expect(doc.components.schemas).toHaveProperty('MailSummary');
  });
});
