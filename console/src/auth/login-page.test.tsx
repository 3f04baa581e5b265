import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app.js';
import { FakeSocket } from '../test/fake-socket.js';
import { agent } from '../test/fixtures.js';
import { renderInEnglish } from '../test/render.js';
import { LoginPage } from './login-page.js';

function respond(status: number, body: unknown): typeof fetch {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

function signIn(email = 'agent@demo.test', password = 'demo-password') {
  fireEvent.input(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('says the email or password is wrong when the server answers 401', async () => {
    const fetchImpl = respond(401, { error: { code: 'unauthorized', message: 'wrong email or password' } });
    renderInEnglish(<LoginPage fetchImpl={fetchImpl} onSignedIn={() => {}} />);
    signIn('agent@demo.test', 'nope');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Wrong email or password.');
    expect(fetchImpl).toHaveBeenCalledWith('/api/v1/auth/login', expect.objectContaining({ method: 'POST' }));
  });

  it('says the server cannot be reached when the request fails', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    renderInEnglish(<LoginPage fetchImpl={fetchImpl} onSignedIn={() => {}} />);
    signIn();
    expect((await screen.findByRole('alert')).textContent).toBe('The server cannot be reached. Try again.');
  });

  it("shows the server's reason for a 400", async () => {
    const fetchImpl = respond(400, { error: { code: 'bad_request', message: 'email: Invalid email address' } });
    renderInEnglish(<LoginPage fetchImpl={fetchImpl} onSignedIn={() => {}} />);
    signIn('not-an-email', 'x');
    expect((await screen.findByRole('alert')).textContent).toBe('email: Invalid email address');
  });

  it('stores the token on success, opens the console, and forgets it on sign-out', async () => {
    const fetchImpl = respond(200, { token: 'jwt-123', agent });
    const sockets: FakeSocket[] = [];
    const makeSocket = (token: string) => {
      const socket = new FakeSocket();
      socket.answer('conversation:list', () => ({ ok: true, data: [] }));
      sockets.push(Object.assign(socket, { token }));
      return socket;
    };
    renderInEnglish(<App fetchImpl={fetchImpl} makeSocket={makeSocket} />);
    signIn();
    // Signed in: the person menu at the foot of the rail holds Sign out.
    fireEvent.click(await screen.findByRole('button', { name: /^Account menu for / }));
    await screen.findByRole('button', { name: 'Sign out' });
    expect(localStorage.getItem('parley:console:token')).toBe('jwt-123');
    expect(JSON.parse(localStorage.getItem('parley:console:agent')!)).toMatchObject({ email: 'agent@demo.test' });
    expect(sockets).toHaveLength(1);
    await waitFor(() => expect(sockets[0]).toMatchObject({ token: 'jwt-123', connectCalls: 1 }));

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    expect(localStorage.getItem('parley:console:token')).toBeNull();
    expect(sockets[0]!.disconnectCalls).toBe(1);
  });
});
