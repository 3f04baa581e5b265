import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoSession, FakeSocket } from '../../test-support/fake-socket.js';
import { ChatClient } from './chat-client.js';
import { identifyOn } from './identify-visitor.js';

const siteKey = 'acme';

/** The page's identify on the chat's socket: switching to the verified user's visitor, or refused. */
describe('identifyOn', () => {
  let socket: FakeSocket;
  let errors: { code: string; message: string }[];
  let client: ChatClient;
  const onError = (e: { code: string; message: string }) => void errors.push(e);

  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
    errors = [];
    client = new ChatClient({ siteKey, open: true, createSocket: socket.factory });
  });
  afterEach(() => {
    client.stop();
    vi.restoreAllMocks();
  });

  it('sends an identify made before the connection with the session, takes the user’s token and reconnects, once', async () => {
    const identity = { userId: 'user-7', userHash: 'a'.repeat(64), name: '王小梅' };
    socket.answer = (event) =>
      event === 'visitor:identify' ? { ok: true, data: { contactId: 'ct1', verified: true, reconnectWith: { visitorId: 'v-user', token: 'token-user' } } } : { ok: true, data: null };
    client.start();
    identifyOn(client, identity, onError);
    expect(socket.commands('visitor:identify')).toEqual([]);
    socket.accept();
    await vi.waitFor(() => expect(socket.connectCalls).toBe(2));
    expect(socket.commands('visitor:identify')).toEqual([identity]);
    expect(socket.auth!().token).toBe('token-user');

    // The session as the user's visitor: the same identify is not sent again; the catch-up runs.
    socket.accept({ ...demoSession, visitorId: 'v-user', token: 'token-user' });
    await vi.waitFor(() => expect(socket.commands('conversation:current').length).toBeGreaterThan(0));
    expect(socket.commands('visitor:identify')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('tells the page of a refused identify made while connected, keeps its own visitor, and links nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    socket.answer = (event) => (event === 'visitor:identify' ? { ok: false, error: { code: 'forbidden', message: 'userHash does not match userId' } } : { ok: true, data: null });
    client.start();
    socket.accept();
    identifyOn(client, { userId: 'user-7', userHash: 'b'.repeat(64) }, onError);
    await vi.waitFor(() => expect(errors).toEqual([{ code: 'forbidden', message: 'userHash does not match userId' }]));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('userHash does not match userId'));
    expect(socket.connectCalls).toBe(1);
    expect(socket.auth!().token).toBe(demoSession.token);
  });

  it('sends an unanswered identify again at the next session', async () => {
    let answers = 0;
    socket.answer = (event) => (event === 'visitor:identify' && answers++ === 0 ? 'timeout' : { ok: true, data: event === 'visitor:identify' ? { contactId: 'c', verified: false, reconnectWith: null } : null });
    client.start();
    socket.accept();
    identifyOn(client, { userId: 'guest-1', name: 'Guest' }, onError);
    await vi.waitFor(() => expect(socket.commands('visitor:identify')).toHaveLength(1));
    // The task that settles the unanswered command (socket.io's timeout, played at once here).
    await new Promise((resolve) => setTimeout(resolve, 0));
    socket.drop();
    socket.accept();
    await vi.waitFor(() => expect(socket.commands('visitor:identify')).toHaveLength(2));
    expect(errors).toEqual([]);
  });
});
