import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSiteSettings, type AgentPresence, type Department } from '@parley/shared';
import { agent, conversation } from '../test/fixtures.js';
import { FakeSocket } from '../test/fake-socket.js';
import { renderInEnglish } from '../test/render.js';
import { AgentStatusSelect } from './agent-status-select.js';
import { useAgentStatus } from './use-agent-status.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { ServiceLevelBadge } from './service-level-badge.js';
import { TransferDialog } from './transfer-dialog.js';
import { alertableFor, escalatedFor } from './waiting-alerts.js';

function StatusOf({ socket, agentId }: { socket: ConsoleSocket; agentId: string }) {
  const [status, choose] = useAgentStatus(socket, agentId);
  return <AgentStatusSelect status={status} onChoose={(next) => void choose(next)} />;
}

const presence = (id: string, name: string, extra: Partial<AgentPresence> = {}): AgentPresence => ({
  ...agent,
  id,
  name,
  status: 'online',
  connected: true,
  activeChats: 1,
  departmentIds: [],
  ...extra,
});

afterEach(() => cleanup());

describe('agent status selector', () => {
  it('shows the status the server kept, and sets a new one', async () => {
    const socket = new FakeSocket();
    socket.answer('agent:status', ({ status }) => ({ ok: true, data: presence(agent.id, agent.name, { status }) }));
    renderInEnglish(<StatusOf socket={socket} agentId={agent.id} />);
    act(() => {
      socket.open();
      socket.fire('session', { agent: { ...agent, status: 'away' } });
    });
    const select = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(select.value).toBe('away');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'online' } });
    });
    expect(socket.sentOf('agent:status')).toEqual([{ status: 'online' }]);
    expect(select.value).toBe('online');
  });
});

describe('transfer dialog', () => {
  it('sends the chosen agent or team with the note, and lists colleagues but not the sender', async () => {
    const socket = new FakeSocket();
    socket.answer('conversation:transfer', () => ({ ok: true, data: conversation({ id: 'c1' }) }));
    act(() => socket.open());
    let closed = false;
    const departments: Department[] = [{ id: 'd2', workspaceId: 'ws-1', name: '技术支持', escalatesToId: null, hours: null, memberIds: [], createdAt: 0 }];
    renderInEnglish(
      <TransferDialog
        socket={socket}
        conversationId="c1"
        selfId={agent.id}
        agents={[presence(agent.id, 'Me'), presence('a2', 'Li Lei')]}
        departments={departments}
        onClose={() => (closed = true)}
      />,
    );
    const select = screen.getByLabelText('Transfer to') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Choose an agent or a team', 'Li Lei · Online · 1', '技术支持']);
    fireEvent.change(select, { target: { value: 'department:d2' } });
    fireEvent.input(screen.getByLabelText(/Note for the receiver/), { target: { value: 'needs a refund' } });
    await act(async () => {
      fireEvent.submit(select.closest('form')!);
    });
    expect(socket.sentOf('conversation:transfer')).toEqual([{ conversationId: 'c1', departmentId: 'd2', note: 'needs a refund' }]);
    await vi.waitFor(() => expect(closed).toBe(true));
  });
});

describe('service levels and alerts', () => {
  const settings = { ...defaultSiteSettings, firstResponseTargetSeconds: 60, slaWarnBeforeSeconds: 20, alertEscalateAfterSeconds: 90 };

  it('counts the first response against its target and warns before the breach', () => {
    const c = conversation({ id: 'c1', createdAt: 0 });
    renderInEnglish(<ServiceLevelBadge conversation={c} settings={settings} now={10_000} alert />);
    expect(screen.getByText('First response 0:10 / 1:00')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    renderInEnglish(<ServiceLevelBadge conversation={c} settings={settings} now={45_000} alert />);
    expect(screen.getByRole('alert').textContent).toBe('First response due in 0:15');
  });

  it('alerts an agent to chats of their departments only, and supervisors to long waits', () => {
    const waiting = [
      conversation({ id: 'any', createdAt: 0 }),
      conversation({ id: 'sales', departmentId: 'sales', createdAt: 0 }),
      conversation({ id: 'offline', offline: true, createdAt: 0 }),
    ];
    expect(alertableFor(waiting, { departmentIds: [] }).map((c) => c.id)).toEqual(['any']);
    expect(alertableFor(waiting, { departmentIds: ['sales'] }).map((c) => c.id)).toEqual(['any', 'sales']);
    const sites = new Map([['site-1', settings]]);
    expect(escalatedFor(waiting, 'supervisor', sites, 91_000).map((c) => c.id)).toEqual(['any', 'sales']);
    expect(escalatedFor(waiting, 'supervisor', sites, 89_000)).toEqual([]);
    expect(escalatedFor(waiting, 'agent', sites, 91_000)).toEqual([]);
  });
});
