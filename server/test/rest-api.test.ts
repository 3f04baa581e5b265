import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation, Message } from '@parley/shared';
import { visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';
import { testStore } from './test-store.js';

describe('REST API /api/v1', () => {
  let t: TestServer;
  let token: string;
  let conversationId: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = await t.agentToken();
    const visitor = await t.visitor();
    conversationId = (await visitorSays(visitor, '請問有發票嗎？')).conversationId;
  });
  afterAll(async () => {
    await t.close();
  });

  const api = (path: string, init: RequestInit & { auth?: boolean } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(init.auth === false ? {} : { authorization: `Bearer ${token}` }),
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  it('logs an agent in with a JWT, and refuses a wrong password or a malformed body', async () => {
    const ok = await api('/auth/login', { method: 'POST', auth: false, body: JSON.stringify({ email: 'Agent@Demo.test', password: 'demo-password' }) });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { token: string; agent: Record<string, unknown> };
    expect(body.token.split('.')).toHaveLength(3);
    expect(body.agent).toMatchObject({ email: 'agent@demo.test', role: 'admin' });
    expect(body.agent).not.toHaveProperty('passwordHash');

    const wrong = await api('/auth/login', { method: 'POST', auth: false, body: JSON.stringify({ email: 'agent@demo.test', password: 'nope' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'unauthorized', message: 'wrong email or password' } });
    const unknown = await api('/auth/login', { method: 'POST', auth: false, body: JSON.stringify({ email: 'who@demo.test', password: 'nope' }) });
    expect(unknown.status).toBe(401);

    const malformed = await api('/auth/login', { method: 'POST', auth: false, body: JSON.stringify({ email: 'not-an-email' }) });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    const notJson = await api('/auth/login', { method: 'POST', auth: false, body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('requires a valid agent token', async () => {
    expect((await api('/conversations', { auth: false })).status).toBe(401);
    expect((await api('/conversations', { headers: { authorization: 'Bearer forged.token.here' } })).status).toBe(401);
  });

  it('lists conversations by status and reads and writes messages', async () => {
    const waiting = (await (await api('/conversations?status=waiting')).json()) as { conversations: Conversation[] };
    expect(waiting.conversations.map((c) => c.id)).toEqual([conversationId]);
    expect((await api('/conversations?status=bogus')).status).toBe(400);

    const posted = await api(`/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ text: '有的，可以開發票。' }) });
    expect(posted.status).toBe(201);
    const { message } = (await posted.json()) as { message: Message };
    expect(message).toMatchObject({ seq: 2, text: '有的，可以開發票。', author: { type: 'agent' } });

    const read = (await (await api(`/conversations/${conversationId}/messages?afterSeq=1`)).json()) as { messages: Message[] };
    expect(read.messages.map((m) => m.text)).toEqual(['有的，可以開發票。']);
    const open = (await (await api('/conversations?status=open')).json()) as { conversations: Conversation[] };
    expect(open.conversations[0]?.id).toBe(conversationId);

    expect((await api('/conversations/nope/messages')).status).toBe(404);
    const empty = await api(`/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ text: '' }) });
    expect(empty.status).toBe(400);
    const huge = await api(`/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
    const after = (await (await api(`/conversations/${conversationId}/messages`)).json()) as { messages: Message[] };
    expect(after.messages).toHaveLength(2);
  });

  it('publishes an OpenAPI document and a health check', async () => {
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/auth/login', '/conversations', '/conversations/{id}/messages']));
    const health = await fetch(`${t.url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', store: testStore });
    const missing = await fetch(`${t.url}/api/v1/nothing-here`);
    expect(missing.status).toBe(404);
  });
});
