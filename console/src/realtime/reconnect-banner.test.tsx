import { act, cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app.js';
import { FakeSocket } from '../test/fake-socket.js';
import { agent, conversation } from '../test/fixtures.js';
import { renderInEnglish } from '../test/render.js';

let socket: FakeSocket;

async function signedIn() {
  localStorage.setItem('parley:console:token', 'jwt-1');
  localStorage.setItem('parley:console:agent', JSON.stringify(agent));
  socket = new FakeSocket().answer('conversation:list', () => ({ ok: true, data: [conversation({ id: 'a' })] }));
  renderInEnglish(<App makeSocket={() => socket} />);
  await waitFor(() => expect(socket.connectCalls).toBe(1));
}

describe('connection status', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('shows the reconnecting banner only while the connection is down', async () => {
    await signedIn();
    // The first connection is not a lost one: no banner.
    expect(screen.queryByRole('status')).toBeNull();
    act(() => socket.open());
    expect(await screen.findByText('hello from a')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();

    act(() => socket.drop('transport close'));
    expect(screen.getByRole('status').textContent).toBe('Connection lost. Reconnecting…');
    // The inbox stays readable meanwhile.
    expect(screen.getByText('hello from a')).toBeTruthy();

    act(() => socket.open());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('goes back to the login page when the server refuses the token', async () => {
    await signedIn();
    act(() => socket.fire('connect_error', Object.assign(new Error('invalid or expired token'), { data: { code: 'unauthorized' as const, message: 'invalid or expired token' } })));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(localStorage.getItem('parley:console:token')).toBeNull();
    expect(socket.disconnectCalls).toBeGreaterThan(0);
  });
});
