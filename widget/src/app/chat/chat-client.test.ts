import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@parley/shared';
import { conversation, demoSession, FakeSocket, FakeVisitorServer, message } from '../../test-support/fake-socket.js';
import { ChatClient, RETRY_MS } from './chat-client.js';

const siteKey = 'acme';
const outboxKey = `parley:${siteKey}:outbox`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function startClient(socket: FakeSocket, options: { open?: boolean; onAgentMessage?: (m: Message) => void } = {}) {
  const client = new ChatClient({ siteKey, open: options.open ?? true, createSocket: socket.factory, onAgentMessage: options.onAgentMessage });
  client.start();
  return client;
}

function storedOutbox(): { clientId: string; text: string; failed?: boolean }[] {
  return JSON.parse(localStorage.getItem(outboxKey) ?? '[]');
}

describe('ChatClient outbox', () => {
  let server: FakeVisitorServer;
  let socket: FakeSocket;

  beforeEach(() => {
    localStorage.clear();
    server = new FakeVisitorServer();
    socket = new FakeSocket();
    socket.answer = (event, payload) => server.handle(event, payload);
  });
  afterEach(() => vi.useRealTimers());

  it('keeps messages written before the connection in localStorage, then sends them in order', async () => {
    const client = startClient(socket);
    client.send('第一条');
    client.send('second');
    expect(storedOutbox().map((i) => i.text)).toEqual(['第一条', 'second']);
    expect(socket.commands('message:send')).toEqual([]);

    socket.accept();
    await vi.waitFor(() => expect(client.state.outbox).toEqual([]));
    // Caught up first, then sent one after the other, in the order written.
    expect(socket.sent.map((s) => s.event)).toEqual(['conversation:current', 'message:send', 'message:send']);
    expect(server.messages.map((m) => [m.seq, m.text])).toEqual([
      [1, '第一条'],
      [2, 'second'],
    ]);
    expect(client.state.messages.map((m) => m.text)).toEqual(['第一条', 'second']);
    expect(localStorage.getItem(outboxKey)).toBeNull();
  });

  it('restores the outbox after a reload and sends each message once', async () => {
    const before = startClient(socket);
    before.send('typed offline');
    const [item] = storedOutbox();
    before.stop();

    // The page reloads: a new client, a new socket, the same localStorage.
    const reloaded = new FakeSocket();
    reloaded.answer = (event, payload) => server.handle(event, payload);
    const client = startClient(reloaded);
    expect(client.state.outbox.map((i) => i.text)).toEqual(['typed offline']);

    reloaded.accept();
    await vi.waitFor(() => expect(client.state.outbox).toEqual([]));
    // A first message also says which page it comes from (the site's URL rules may pick a department).
    expect(reloaded.commands('message:send')).toEqual([{ clientId: item!.clientId, text: 'typed offline', pageUrl: window.location.href }]);
    expect(server.messages).toHaveLength(1);
  });

  it('keeps a message whose ack timed out and re-sends it with the same clientId after reconnecting', async () => {
    const client = startClient(socket);
    socket.answer = (event, payload) => (event === 'message:send' ? 'timeout' : server.handle(event, payload));
    socket.accept();
    await tick();
    client.send('are you there?');
    await vi.waitFor(() => expect(socket.commands('message:send')).toHaveLength(1));
    await tick();
    expect(client.state.outbox.map((i) => i.text)).toEqual(['are you there?']);

    socket.drop();
    socket.answer = (event, payload) => server.handle(event, payload);
    socket.accept();
    await vi.waitFor(() => expect(client.state.outbox).toEqual([]));
    const sends = socket.commands('message:send') as { clientId: string }[];
    expect(sends).toHaveLength(2);
    expect(sends[1]!.clientId).toBe(sends[0]!.clientId);
    expect(client.state.messages.map((m) => m.text)).toEqual(['are you there?']);
  });

  it('retries an unavailable server while connected', async () => {
    vi.useFakeTimers();
    const client = startClient(socket);
    let refusals = 1;
    socket.answer = (event, payload) =>
      event === 'message:send' && refusals-- > 0 ? { ok: false, error: { code: 'unavailable', message: 'shutting down' } } : server.handle(event, payload);
    socket.accept();
    client.send('hello');
    await vi.advanceTimersByTimeAsync(0);
    expect(client.state.outbox).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(client.state.outbox).toEqual([]);
    expect(server.messages.map((m) => m.text)).toEqual(['hello']);
  });

  it('marks a message the server refuses as bad_request as failed and goes on with the next', async () => {
    const client = startClient(socket);
    socket.answer = (event, payload) =>
      event === 'message:send' && (payload as { text: string }).text === 'bad'
        ? { ok: false, error: { code: 'bad_request', message: 'nope' } }
        : server.handle(event, payload);
    client.send('bad');
    client.send('good');
    socket.accept();
    await vi.waitFor(() => expect(server.messages.map((m) => m.text)).toEqual(['good']));
    expect(client.state.outbox.map((i) => [i.text, i.failed])).toEqual([['bad', true]]);
    expect(storedOutbox().map((i) => [i.text, i.failed])).toEqual([['bad', true]]);

    // A failed message is not sent again on the next connection.
    socket.drop();
    socket.accept();
    await tick();
    expect(socket.commands('message:send').filter((p) => (p as { text: string }).text === 'bad')).toHaveLength(1);
  });

  it('shows the echo of its own message once, even when it arrives before the ack', async () => {
    let release!: () => void;
    const client = startClient(socket);
    socket.answer = async (event, payload) => {
      const answer = server.handle(event, payload);
      if (event !== 'message:send' || answer === 'timeout' || !answer.ok) return answer;
      // The server broadcasts before the ack reaches us.
      socket.fire('message:new', answer.data);
      await new Promise<void>((resolve) => (release = resolve));
      return answer;
    };
    socket.accept();
    await tick();
    client.send('echo me');
    await vi.waitFor(() => expect(client.state.messages).toHaveLength(1));
    expect(client.state.outbox).toEqual([]);
    release();
    await tick();
    expect(client.state.messages.map((m) => m.text)).toEqual(['echo me']);
  });

  it('catches up with messages:sync from the highest seq held before sending after a reconnect', async () => {
    server.conversation = conversation({ lastSeq: 2 });
    server.messages = [message(1, 'hello'), message(2, 'how can I help?')];
    const client = startClient(socket);
    socket.accept();
    await vi.waitFor(() => expect(client.state.messages).toHaveLength(2));

    socket.drop();
    server.messages.push(message(3, 'are you still there?'));
    socket.sent.length = 0;
    let syncDone!: () => void;
    socket.answer = async (event, payload) => {
      if (event === 'messages:sync') await new Promise<void>((resolve) => (syncDone = resolve));
      return server.handle(event, payload);
    };
    socket.accept();
    // Written while the catch-up is still under way: it waits for it.
    client.send('my order is late');
    await tick();
    expect(socket.commands('message:send')).toEqual([]);
    syncDone();
    await vi.waitFor(() => expect(client.state.outbox).toEqual([]));
    expect(socket.sent.map((s) => s.event)).toEqual(['messages:sync', 'message:send']);
    expect(socket.sent[0]!.payload).toEqual({ conversationId: 'c1', afterSeq: 2 });
    expect(client.state.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });
});

describe('ChatClient connection', () => {
  let socket: FakeSocket;

  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
    socket.answer = () => ({ ok: true, data: null });
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the token from the session and sends it at the next handshake', () => {
    startClient(socket);
    // No language of its own: the server reads the handshake's Accept-Language.
    expect(socket.auth!()).toEqual({ protocol: 1, siteKey });
    socket.accept({ ...demoSession, token: 'jwt-abc' });
    expect(localStorage.getItem(`parley:${siteKey}:token`)).toBe('jwt-abc');
    expect(socket.auth!()).toMatchObject({ token: 'jwt-abc' });
  });

  it('drops a token the server calls unauthorized and connects afresh, once', () => {
    localStorage.setItem(`parley:${siteKey}:token`, 'expired');
    startClient(socket);
    const refused = Object.assign(new Error('bad token'), { data: { code: 'unauthorized', message: 'bad token' } });
    socket.fire('connect_error', refused);
    expect(socket.connectCalls).toBe(2);
    expect(socket.auth!().token).toBeUndefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    socket.fire('connect_error', refused);
    expect(socket.connectCalls).toBe(2);
    // The site owner learns why from the console.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unauthorized'));
    warn.mockRestore();
  });

  it('reconnects after the delay the server gave when it shuts down', async () => {
    vi.useFakeTimers();
    const client = startClient(socket);
    socket.accept();
    socket.fire('server:shutdown', { reconnectInMs: 2000 });
    expect(client.state.connection).toBe('reconnecting');
    expect(socket.connectCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(socket.connectCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(1001);
    expect(socket.connectCalls).toBe(2);
  });

  it('reconnects itself after an io server disconnect, which socket.io does not retry', async () => {
    vi.useFakeTimers();
    startClient(socket);
    socket.accept();
    socket.drop('io server disconnect');
    await vi.advanceTimersByTimeAsync(2000);
    expect(socket.connectCalls).toBe(2);
  });

  it('counts unread agent messages while closed, tells the page, and clears them on open', () => {
    const heard: string[] = [];
    const client = startClient(socket, { open: false, onAgentMessage: (m) => heard.push(m.text) });
    socket.accept();
    socket.fire('message:new', message(1, '您好，有什么可以帮您？'));
    socket.fire('message:new', message(2, 'Still there?'));
    socket.fire('message:new', message(2, 'Still there?'));
    expect(client.state.unread).toBe(2);
    expect(heard).toEqual(['您好，有什么可以帮您？', 'Still there?']);
    client.setOpen(true);
    expect(client.state.unread).toBe(0);
    client.setOpen(false);
    expect(client.state.unread).toBe(0);
  });

  it('starts a new conversation after the current one closed', async () => {
    const server = new FakeVisitorServer();
    socket.answer = (event, payload) => server.handle(event, payload);
    const client = startClient(socket);
    socket.accept();
    client.send('first question');
    await vi.waitFor(() => expect(client.state.conversation?.id).toBe('c1'));
    server.conversation = { ...server.conversation!, status: 'closed' };
    socket.fire('conversation:updated', server.conversation);
    expect(localStorage.getItem(`parley:${siteKey}:conversation`)).toBeNull();

    client.send('another question');
    await vi.waitFor(() => expect(client.state.conversation?.id).toBe('c2'));
    expect(socket.commands('message:send')[1]).not.toHaveProperty('conversationId');
    expect(client.state.messages.map((m) => m.text)).toEqual(['another question']);
    expect(localStorage.getItem(`parley:${siteKey}:conversation`)).toBe('c2');
  });
});
