import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import jwt from 'jsonwebtoken';
import { nanoid } from 'nanoid';
import { PROTOCOL_VERSION, agentCommand, visitorCommand } from '@parley/shared';
import { errorCode, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

async function sessionToken(visitor: VisitorClient): Promise<string> {
  return new Promise((resolve) => {
    visitor.once('session', (s) => resolve(s.token));
    visitor.disconnect().connect();
  });
}

describe('who may connect and read what', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  async function otherSite(origin: string) {
    const workspace = await t.server.store.createWorkspace({ id: nanoid(), name: 'Other', createdAt: Date.now() });
    return t.server.store.createSite({
      id: nanoid(),
      workspaceId: workspace.id,
      key: `other-${nanoid(6)}`,
      name: 'Other',
      allowedOrigins: [origin],
      locale: 'zh-CN',
      createdAt: Date.now(),
    });
  }

  it('refuses a page from an origin the site does not allow', async () => {
    await expect(t.visitor({ origin: 'https://evil.example' })).rejects.toSatisfy((e) => errorCode(e) === 'origin_not_allowed');
    const site = await otherSite('https://*.shop.example');
    await expect(t.visitor({ siteKey: site.key, origin: 'https://www.shop.example' })).resolves.toBeTruthy();
    await expect(t.visitor({ siteKey: site.key, origin: 'https://shop.example.evil.test' })).rejects.toSatisfy(
      (e) => errorCode(e) === 'origin_not_allowed',
    );
  });

  it("lets a page on the server's own origin long-poll without an Origin header, as browsers send it, and only then", async () => {
    const { io } = await import('socket.io-client');
    const open = (headers: Record<string, string>) => {
      const socket = io(`${t.url}/visitor`, { transports: ['polling'], reconnection: false, forceNew: true, extraHeaders: headers, auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo' } });
      return new Promise<{ socket: typeof socket; error: unknown }>((resolve) => {
        socket.once('connect', () => resolve({ socket, error: null }));
        socket.once('connect_error', (error) => resolve({ socket, error }));
      });
    };
    const sameOrigin = await open({ 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.error).toBeNull();
    const sent = await visitorCommand(sameOrigin.socket, 'message:send', { clientId: nanoid(), text: '长轮询也能发消息' }, 5000);
    expect(sent.ok).toBe(true);
    sameOrigin.socket.close();
    // No Origin and no word from the browser that the page is ours: refused as before.
    const unknown = await open({ 'sec-fetch-site': 'cross-site' });
    unknown.socket.close();
    expect(errorCode(unknown.error)).toBe('origin_not_allowed');
  });

  it('refuses an unknown site key and a wrong protocol version', async () => {
    await expect(t.visitor({ siteKey: 'no-such-site' })).rejects.toSatisfy((e) => errorCode(e) === 'not_found');
    const { io } = await import('socket.io-client');
    const socket = io(`${t.url}/visitor`, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: t.url },
      auth: { protocol: PROTOCOL_VERSION + 1, siteKey: 'demo' },
    });
    const err = await new Promise<unknown>((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(errorCode(err)).toBe('protocol_mismatch');
  });

  it('refuses a forged visitor token, and one signed for another site', async () => {
    const forged = jwt.sign({ site: 'x' }, 'not-the-secret-not-the-secret-not-the-secret', {
      subject: 'someone',
      audience: 'parley:visitor',
    });
    await expect(t.visitor({ token: forged })).rejects.toSatisfy((e) => errorCode(e) === 'unauthorized');
    await expect(t.visitor({ token: 'garbage' })).rejects.toSatisfy((e) => errorCode(e) === 'unauthorized');

    const site = await otherSite(t.url);
    const foreign = await t.visitor({ siteKey: site.key });
    const foreignToken = await sessionToken(foreign);
    await expect(t.visitor({ token: foreignToken })).rejects.toSatisfy((e) => errorCode(e) === 'forbidden');
  });

  it("never lets one visitor read or write another visitor's conversation", async () => {
    const alice = await t.visitor();
    const hers = await visitorSays(alice, 'my address is 上海市…');
    const mallory = await t.visitor();
    const read = await visitorCommand(mallory, 'messages:sync', { conversationId: hers.conversationId, afterSeq: 0 }, 5000);
    expect(!read.ok && read.error.code).toBe('not_found');
    const write = await visitorCommand(mallory, 'message:send', { clientId: nanoid(), text: 'hi', conversationId: hers.conversationId }, 5000);
    expect(!write.ok && write.error.code).toBe('not_found');
    const stored = await t.server.store.listMessages({ conversationId: hers.conversationId, afterSeq: 0, limit: 10, includeInternal: true });
    expect(stored).toHaveLength(1);
  });

  it('keeps agents to their own workspace, and refuses a visitor token as an agent token', async () => {
    const visitor = await t.visitor();
    const token = await sessionToken(visitor);
    await expect(t.agent(token)).rejects.toSatisfy((e) => errorCode(e) === 'unauthorized');

    const first = await visitorSays(visitor, 'hello');
    const site = await otherSite(t.url);
    const { hashPassword } = await import('../src/auth/passwords.js');
    await t.server.store.createAgent({
      id: nanoid(),
      workspaceId: site.workspaceId,
      email: 'outsider@other.test',
      name: 'Outsider',
      role: 'admin',
      capacity: 3,
      passwordHash: await hashPassword('outsider-password'),
      createdAt: Date.now(),
    });
    const outsider = await t.agent(await t.agentToken('outsider@other.test', 'outsider-password'));
    const list = await agentCommand(outsider, 'conversation:list', {}, 5000);
    expect(list.ok && list.data).toEqual([]);
    const join = await agentCommand(outsider, 'conversation:join', { conversationId: first.conversationId }, 5000);
    expect(!join.ok && join.error.code).toBe('not_found');
  });

  it('refuses malformed payloads with bad_request and changes nothing', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, 'baseline');
    const bad: unknown[] = [
      { clientId: nanoid(), text: '   ' },
      { clientId: nanoid(), text: 'x'.repeat(5001) },
      { clientId: 'short', text: 'hi' },
      { text: 'no client id' },
      { clientId: nanoid(), text: 42 },
      'not an object',
      { clientId: '../../etc/passwd', text: 'hi' },
    ];
    for (const payload of bad) {
      const ack = await visitor.timeout(5000).emitWithAck('message:send', payload as never);
      expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    const agent = await t.agent();
    const note = await agent
      .timeout(5000)
      .emitWithAck('message:send', { conversationId: first.conversationId, clientId: nanoid(), text: 'x', internal: 'yes' } as never);
    expect(note).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const sync = await agent.timeout(5000).emitWithAck('messages:sync', { conversationId: first.conversationId, afterSeq: -1 });
    expect(sync).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const stored = await t.server.store.listMessages({ conversationId: first.conversationId, afterSeq: 0, limit: 10, includeInternal: true });
    expect(stored.map((m) => m.text)).toEqual(['baseline']);
  });

  it('accepts 5,000 Chinese characters, the same limit as for English', async () => {
    const visitor = await t.visitor();
    const text = '中'.repeat(5000);
    const sent = await visitorSays(visitor, text);
    expect(sent.text).toHaveLength(5000);
  });
});
