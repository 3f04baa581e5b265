import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoSession, FakeSocket } from '../../test-support/fake-socket.js';
import { ChatClient } from './chat-client.js';

const siteKey = 'acme';
const identity = { userId: 'user-7', userHash: 'a'.repeat(64), name: '王小梅' };

/** The page's identify in the chat client: sent before the catch-up, switching visitor or refused. */
describe('ChatClient identify', () => {
  let socket: FakeSocket;
  let errors: { code: string; message: string }[];
  let client: ChatClient;

  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
    errors = [];
    client = new ChatClient({ siteKey, open: true, createSocket: socket.factory, onIdentifyError: (e) => errors.push(e) });
  });
  afterEach(() => {
    client.stop();
    vi.restoreAllMocks();
  });

  it('takes the verified user’s visitor token and reconnects with it before catching up', async () => {
    socket.answer = (event) =>
      event === 'visitor:identify' ? { ok: true, data: { contactId: 'ct1', verified: true, reconnectWith: { visitorId: 'v-user', token: 'token-user' } } } : { ok: true, data: null };
    client.identify(identity);
    client.start();
    socket.accept();
    await vi.waitFor(() => expect(socket.connectCalls).toBe(2));
    expect(socket.sent.map((s) => s.event)).toEqual(['visitor:identify']);
    expect(socket.sent[0]!.payload).toEqual(identity);
    expect(socket.auth!().token).toBe('token-user');

    // The session as the user's visitor: the identify is not sent again, the catch-up follows.
    socket.accept({ ...demoSession, visitorId: 'v-user', token: 'token-user' });
    await vi.waitFor(() => expect(socket.sent.map((s) => s.event)).toEqual(['visitor:identify', 'conversation:current', 'site:availability']));
    expect(errors).toEqual([]);
  });

  it('tells the page of a refused identify, keeps its own visitor, and links nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    socket.answer = (event) => (event === 'visitor:identify' ? { ok: false, error: { code: 'forbidden', message: 'userHash does not match userId' } } : { ok: true, data: null });
    client.start();
    socket.accept();
    await vi.waitFor(() => expect(socket.sent.map((s) => s.event)).toContain('conversation:current'));
    // Identified later (a sign-in without a reload): sent at once on the open socket.
    client.identify(identity);
    await vi.waitFor(() => expect(errors).toEqual([{ code: 'forbidden', message: 'userHash does not match userId' }]));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('userHash does not match userId'));
    expect(socket.connectCalls).toBe(1);
    expect(socket.auth!().token).toBe(demoSession.token);
  });
});
