import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { agent } from '../test/fixtures.js';
import { renderInEnglish } from '../test/render.js';
import { settingsServer } from '../test/settings-server.js';
import { SettingsPage } from './settings-page.js';

describe('agents in Settings', () => {
  afterEach(() => cleanup());

  it("changes one agent's role and capacity, sending only what changed, and shows a refusal in the row", async () => {
    const server = settingsServer();
    const site = server.site;
    renderInEnglish(<SettingsPage token="tok" agent={agent} sites={[site]} siteId={site.id} onSiteChange={() => {}} fetchImpl={server.fetchImpl} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Agents' }));

    fireEvent.input(await screen.findByLabelText('Chats at once 李娜'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save 李娜' }));
    await waitFor(() => expect(server.writes()).toHaveLength(1));
    expect(server.writes()[0]).toEqual({ method: 'PATCH', path: '/agents/agent-li', body: { capacity: 4 } });
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Role 李娜'), { target: { value: 'supervisor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save 李娜' }));
    await waitFor(() => expect(server.writes()).toHaveLength(2));
    expect(server.writes()[1]!.body).toEqual({ role: 'supervisor' });

    // The server refuses (as it does for the last admin): the row says why.
    server.refuse({ code: 'conflict', message: 'the workspace needs at least one admin' });
    fireEvent.change(screen.getByLabelText(`Role ${agent.name}`), { target: { value: 'agent' } });
    fireEvent.click(screen.getByRole('button', { name: `Save ${agent.name}` }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('the workspace needs at least one admin'));
  });
});
