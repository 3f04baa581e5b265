import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Agent, SignedIn } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { hashSecret } from '../src/domain/accounts/secret-token.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { call, issuePaths } from './accounts-helpers.js';
import { errorCode } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

// A 1×1 PNG: the smallest real image a console could send after shrinking a picked file.
const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** What a person manages about themselves: profile, password, sessions, a forgotten password. */
describe('my account over REST', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh agent of the demo workspace, signed in. */
  async function person(password = 'first-password-1'): Promise<SignedIn & { email: string }> {
    const site = await t.server.store.getSiteByKey(DEMO.siteKey);
    const email = `p-${nanoid(6)}@shop.example`.toLowerCase();
    await t.server.store.createAgent({
      id: nanoid(), workspaceId: site!.workspaceId, email, name: 'P', role: 'agent', capacity: 1, passwordHash: await hashPassword(password), createdAt: Date.now(),
    });
    const login = await call<SignedIn>(t, 'POST', '/auth/login', { body: { email, password } });
    return { ...login.body, email };
  }

  it('changes name, avatar and language; refuses a non-image avatar and an unknown language by field', async () => {
    const { token } = await person();
    const bad = await call(t, 'PATCH', '/auth/me', { token, body: { name: '', avatarUrl: 'data:text/html;base64,PHNjcmlwdD4=', language: 'fr' } });
    expect(issuePaths(bad)).toEqual(['avatarUrl', 'language', 'name']);
    // Claims to be a PNG but is not one.
    expect(issuePaths(await call(t, 'PATCH', '/auth/me', { token, body: { avatarUrl: 'data:image/png;base64,R0lGODlhAQABAAAAACw=' } }))).toEqual(['avatarUrl']);
    const tooBig = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(40_000)}`;
    expect(issuePaths(await call(t, 'PATCH', '/auth/me', { token, body: { avatarUrl: tooBig } }))).toEqual(['avatarUrl']);
    const ok = await call<{ agent: Agent }>(t, 'PATCH', '/auth/me', { token, body: { name: '陳大文', avatarUrl: tinyPng, language: 'zh-TW' } });
    expect(ok.status).toBe(200);
    expect(ok.body.agent).toMatchObject({ name: '陳大文', avatarUrl: tinyPng, language: 'zh-TW' });
    expect((await call<{ agent: Agent }>(t, 'GET', '/auth/me', { token })).body.agent).toMatchObject({ name: '陳大文', language: 'zh-TW' });
    expect((await call<{ agent: Agent }>(t, 'PATCH', '/auth/me', { token, body: { avatarUrl: null } })).body.agent.avatarUrl).toBeNull();
  });

  it('changing the password answers a fresh token and ends every other session, on REST and sockets', async () => {
    const { token: old, email } = await person();
    const socket = await t.agent(old);
    const wrong = await call(t, 'POST', '/auth/password', { token: old, body: { currentPassword: 'not it', newPassword: 'second-password-2' } });
    expect(wrong.status).toBe(400);
    expect(issuePaths(wrong)).toEqual(['currentPassword']);
    expect(issuePaths(await call(t, 'POST', '/auth/password', { token: old, body: { currentPassword: 'first-password-1', newPassword: 'qwertyuiop' } }))).toEqual(['newPassword']);

    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const changed = await call<SignedIn>(t, 'POST', '/auth/password', { token: old, body: { currentPassword: 'first-password-1', newPassword: 'second-password-2' } });
    expect(changed.status).toBe(200);
    expect(await disconnected).toBe('io server disconnect');
    expect((await call(t, 'GET', '/auth/me', { token: old })).status).toBe(401);
    await expect(t.agent(old)).rejects.toSatisfy((e) => errorCode(e) === 'unauthorized');
    expect((await call(t, 'GET', '/auth/me', { token: changed.body.token })).status).toBe(200);
    await expect(t.agent(changed.body.token)).resolves.toBeTruthy();
    expect((await call(t, 'POST', '/auth/login', { body: { email, password: 'first-password-1' } })).status).toBe(401);
    expect((await call(t, 'POST', '/auth/login', { body: { email, password: 'second-password-2' } })).status).toBe(200);
  });

  it('signs out everywhere: every token of the person stops working, this one too', async () => {
    const { token, email } = await person();
    const second = (await call<SignedIn>(t, 'POST', '/auth/login', { body: { email, password: 'first-password-1' } })).body.token;
    expect((await call(t, 'POST', '/auth/sign-out-everywhere', { token })).status).toBe(204);
    expect((await call(t, 'GET', '/auth/me', { token })).status).toBe(401);
    expect((await call(t, 'GET', '/auth/me', { token: second })).status).toBe(401);
    expect((await call(t, 'POST', '/auth/login', { body: { email, password: 'first-password-1' } })).status).toBe(200);
  });

  it('answers a forgotten password the same for known and unknown emails; a link works once, within the hour', async () => {
    const { token: old, email } = await person();
    const known = await call(t, 'POST', '/auth/password-reset', { body: { email: email.toUpperCase() } });
    const unknown = await call(t, 'POST', '/auth/password-reset', { body: { email: 'nobody@shop.example' } });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(issuePaths(await call(t, 'POST', '/auth/password-reset', { body: { email: 'not an email' } }))).toEqual(['email']);

    // No SMTP here: the link a mail would carry is made the way the service makes it.
    const agent = await t.server.store.getAgentByEmail(email);
    const link = nanoid(43);
    await t.server.store.accounts.createPasswordReset({ tokenHash: hashSecret(link), agentId: agent!.id, createdAt: Date.now(), expiresAt: Date.now() + 3_600_000, usedAt: null });
    expect(issuePaths(await call(t, 'POST', `/auth/password-reset/${link}`, { body: { password: 'short' } }))).toEqual(['password']);
    const reset = await call<SignedIn>(t, 'POST', `/auth/password-reset/${link}`, { body: { password: 'reset-password-3' } });
    expect(reset.status).toBe(200);
    expect((await call(t, 'GET', '/auth/me', { token: reset.body.token })).status).toBe(200);
    expect((await call(t, 'GET', '/auth/me', { token: old })).status).toBe(401);
    expect((await call(t, 'POST', `/auth/password-reset/${link}`, { body: { password: 'reset-password-4' } })).status).toBe(410);
    expect((await call(t, 'POST', '/auth/login', { body: { email, password: 'reset-password-3' } })).status).toBe(200);

    const expired = nanoid(43);
    await t.server.store.accounts.createPasswordReset({ tokenHash: hashSecret(expired), agentId: agent!.id, createdAt: Date.now() - 7_200_000, expiresAt: Date.now() - 3_600_000, usedAt: null });
    const late = await call(t, 'POST', `/auth/password-reset/${expired}`, { body: { password: 'reset-password-5' } });
    expect(late.status).toBe(410);
    expect(late.body.error?.message).toContain('expired');
    expect((await call(t, 'POST', `/auth/password-reset/${nanoid(43)}`, { body: { password: 'reset-password-5' } })).status).toBe(404);
  });

  it('answers login the same for an unknown email and a wrong password', async () => {
    const { email } = await person();
    const unknown = await call(t, 'POST', '/auth/login', { body: { email: 'nobody@shop.example', password: 'first-password-1' } });
    const wrong = await call(t, 'POST', '/auth/login', { body: { email, password: 'wrong-password-9' } });
    expect(unknown.status).toBe(401);
    expect(wrong).toEqual(unknown);
  });
});
