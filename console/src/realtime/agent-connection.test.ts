import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../test/fake-socket.js';
import { AgentConnection } from './agent-connection.js';

let socket: FakeSocket;
let connection: AgentConnection;
let unauthorized: number;

describe('agent connection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    socket = new FakeSocket();
    unauthorized = 0;
    connection = new AgentConnection(socket, { onUnauthorized: () => unauthorized++, retryMs: 2000, jitter: () => 0 });
    connection.start();
    socket.open();
  });
  afterEach(() => {
    connection.stop();
    vi.useRealTimers();
  });

  it('leaves on server:shutdown and comes back after the delay the server named', () => {
    socket.fire('server:shutdown', { reconnectInMs: 1000 });
    expect(socket.connected).toBe(false);
    expect(connection.status.get()).toBe('reconnecting');
    vi.advanceTimersByTime(999);
    expect(socket.connectCalls).toBe(1);
    vi.advanceTimersByTime(1);
    expect(socket.connectCalls).toBe(2);
    socket.open();
    expect(connection.status.get()).toBe('online');
  });

  it('reconnects by itself after the server ended the connection', () => {
    socket.drop('io server disconnect');
    vi.advanceTimersByTime(2000);
    expect(socket.connectCalls).toBe(2);
  });

  it('leaves transport drops to socket.io, which retries them itself', () => {
    socket.drop('transport close');
    vi.advanceTimersByTime(10_000);
    expect(socket.connectCalls).toBe(1);
    expect(connection.status.get()).toBe('reconnecting');
  });

  it('retries a refused handshake later, except an unauthorized one', () => {
    socket.drop('transport close');
    socket.active = false;
    socket.fire('connect_error', Object.assign(new Error('handshake failed'), { data: { code: 'internal' as const, message: 'x' } }));
    vi.advanceTimersByTime(2000);
    expect(socket.connectCalls).toBe(2);
    expect(unauthorized).toBe(0);

    socket.fire('connect_error', Object.assign(new Error('expired'), { data: { code: 'unauthorized' as const, message: 'expired' } }));
    expect(unauthorized).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(socket.connectCalls).toBe(2);
  });
});
