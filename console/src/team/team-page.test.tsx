import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent, AgentPresence, Invitation } from '@parley/shared';
import { RestClientContext } from '../api/rest-client.js';
import { FakeSocket } from '../test/fake-socket.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { TeamPage } from './team-page.js';

const person = (id: string, name: string, email: string, role: Agent['role'] = 'agent'): Agent => ({
  id, workspaceId: 'w', email, name, role, capacity: 0, active: true, createdAt: 0,
});
const presence = (agent: Agent): AgentPresence => ({ ...agent, status: 'online', connected: true, activeChats: 0, departmentIds: [] });

describe('team page', () => {
  afterEach(() => cleanup());

  it('lists a colleague who accepted while the page was open, and drops their invitation, without a reload', async () => {
    const mei = person('a1', 'Mei Lin', 'mei@shop.example', 'admin');
    const jun = person('a2', 'Jun Wang', 'jun@shop.example');
    const agents: Agent[] = [mei];
    const invitations: Invitation[] = [
      { id: 'i1', workspaceId: 'w', email: 'jun@shop.example', role: 'agent', departmentIds: [], capacity: 0, invitedById: 'a1', createdAt: 0, expiresAt: 1, status: 'pending' },
    ];
    const calls: string[] = [];
    const api: Api = async <T,>(method: string, path: string) => {
      calls.push(`${method} ${path}`);
      if (path === '/agents') return { agents: [...agents] } as T;
      if (path === '/invitations') return { invitations: [...invitations] } as T;
      if (path === '/departments') return { departments: [] } as T;
      throw new Error(`unexpected ${method} ${path}`);
    };
    const socket = new FakeSocket();
    renderInEnglish(
      <RestClientContext.Provider value={restClientOf(api)}>
        <TeamPage me={mei} socket={socket} />
      </RestClientContext.Provider>,
    );
    await screen.findByRole('cell', { name: 'jun@shop.example' });
    expect(screen.getAllByRole('button', { name: 'Remove access' })).toHaveLength(1);

    // Someone already listed changing status reads nothing again.
    socket.fire('agent:updated', presence(mei));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.filter((c) => c === 'GET /agents')).toHaveLength(1);

    // Jun accepts (the server now lists them and no longer the invitation) and comes online.
    agents.push(jun);
    invitations.length = 0;
    socket.fire('agent:updated', presence(jun));
    await waitFor(() => expect(screen.getByText('jun@shop.example')).toBeTruthy());
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'jun@shop.example' })).toBeNull());
    expect(screen.getAllByRole('button', { name: 'Remove access' })).toHaveLength(2);
    expect(calls.filter((c) => c === 'GET /agents')).toHaveLength(2);
  });
});
