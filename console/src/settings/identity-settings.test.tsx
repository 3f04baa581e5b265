import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { settingsServer } from '../test/settings-server.js';
import { IdentitySettings } from './identity-settings.js';

/** The settings server plus `POST /sites/{id}/identity-secret`, answering a new secret each time. */
function identityServer() {
  const server = settingsServer();
  const secrets: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith('/sites/site-1/identity-secret') && init?.method === 'POST') {
      const secret = `${secrets.length + 1}`.padStart(64, 'a');
      secrets.push(secret);
      return new Response(JSON.stringify({ secret }), { status: 200, headers: { 'content-type': 'application/json' } });
    }
    return server.fetchImpl(input, init);
  }) as typeof fetch;
  return { server, secrets, fetchImpl };
}

describe('the identity settings of a site', () => {
  afterEach(() => cleanup());

  it('generates a secret only after confirming, and shows it once with its warning', async () => {
    const { secrets, fetchImpl } = identityServer();
    renderInEnglish(<IdentitySettings token="tok" siteId="site-1" fetchImpl={fetchImpl} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Generate or rotate secret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(secrets).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Generate or rotate secret' }));
    expect(screen.getByText(/stops working at once/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Generate new secret' }));
    expect((await screen.findByTestId('identity-secret')).textContent).toBe(secrets[0]);
    expect(screen.getByText(/shown this once/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByTestId('identity-secret')).toBeNull());
  });

  it('saves the strict mode as it is switched, and puts it back when the server refuses', async () => {
    const { server, fetchImpl } = identityServer();
    renderInEnglish(<IdentitySettings token="tok" siteId="site-1" fetchImpl={fetchImpl} />);
    const strict = await screen.findByRole('switch', { name: 'Require verified identity' });
    expect(strict.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(strict);
    await waitFor(() => expect(server.writes()).toEqual([{ method: 'PATCH', path: '/sites/site-1/settings', body: { requireVerifiedIdentity: true } }]));
    expect(strict.getAttribute('aria-checked')).toBe('true');

    server.refuse({ code: 'forbidden', message: 'only admins change settings' });
    fireEvent.click(strict);
    expect(await screen.findByText('That did not work: only admins change settings')).toBeTruthy();
    expect(strict.getAttribute('aria-checked')).toBe('true');
  });
});
