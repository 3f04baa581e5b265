import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Availability } from '@parley/shared';
import { FakeSocket, FakeVisitorServer, conversation } from '../../test-support/fake-socket.js';
import { ChatClient } from '../chat/chat-client.js';
import { ChatPanel } from './chat-panel.js';

function renderPanel(socket: FakeSocket) {
  const client = new ChatClient({ siteKey: 'acme', open: true, createSocket: socket.factory });
  client.start();
  render(<ChatPanel client={client} localeOverride={null} onClose={() => {}} />);
  return client;
}

const nobodyThere: Availability = { available: false, withinHours: true, departments: [] };

describe('ChatPanel routing', () => {
  let socket: FakeSocket;
  let server: FakeVisitorServer;
  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
    server = new FakeVisitorServer();
  });
  afterEach(() => cleanup());

  it('shows the queue position and estimated wait, asked for when the chat starts waiting and then pushed, and drops it once assigned', async () => {
    server.conversation = conversation({ id: 'c1', status: 'waiting' });
    socket.answer = (event, payload) =>
      event === 'queue:status' ? { ok: true, data: { conversationId: 'c1', position: 3, estimatedWaitMs: 4 * 60_000 } } : server.handle(event, payload);
    const client = renderPanel(socket);
    await act(async () => socket.accept());
    await vi.waitFor(() => expect(client.state.conversation?.id).toBe('c1'));
    // Routing's parts are their own chunk: fetched now that the chat waits, then they ask for the place.
    expect(await screen.findByText(/You are number 3 in the queue\. Estimated wait: 4 minutes\./)).toBeTruthy();
    act(() => socket.fire('queue:updated', { conversationId: 'c1', position: 1, estimatedWaitMs: 20_000 }));
    expect(screen.getByText(/You are number 1 in the queue\. Estimated wait: 1 minute\./)).toBeTruthy();
    act(() => socket.fire('conversation:updated', { ...server.conversation!, status: 'open' }));
    expect(screen.queryByText(/in the queue/)).toBeNull();
  });

  it('offers the leave-a-message form when nobody can answer, and thanks the visitor once it is stored', async () => {
    socket.answer = (event, payload) => {
      if (event === 'site:availability') return { ok: true, data: nobodyThere };
      if (event === 'offline:message') return { ok: true, data: conversation({ id: 'c9', status: 'waiting' }) };
      return server.handle(event, payload);
    };
    renderPanel(socket);
    await act(async () => socket.accept());
    // Within business hours the visitor may still write and wait; the form is offered.
    const offer = await screen.findByRole('button', { name: /We are not available right now/ });
    expect(screen.queryByLabelText('Name')).toBeNull();
    fireEvent.click(offer);
    // Sent empty, or with a broken address: the panel's own words beside each field, nothing sent.
    await act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Send message' }).closest('form')!));
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(3);
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'chen@' } });
    await act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Send message' }).closest('form')!));
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect(socket.commands('offline:message')).toEqual([]);
    // "Back to the chat" brings the composer back, and the form stays on offer.
    fireEvent.click(screen.getByRole('button', { name: /Back to the chat/ }));
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Message' }).closest('.composer')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /We are not available right now/ }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: '陈先生' } });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'chen@example.test' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), { target: { value: '请回电' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: 'Send message' }).closest('form')!);
    });
    expect(await screen.findByText(/we got your message and will reply by email/)).toBeTruthy();
    expect(socket.commands('offline:message')).toEqual([{ name: '陈先生', email: 'chen@example.test', text: '请回电' }]);
  });

  it('shows only the form outside business hours', async () => {
    socket.answer = (event, payload) =>
      event === 'site:availability' ? { ok: true, data: { ...nobodyThere, withinHours: false } } : server.handle(event, payload);
    renderPanel(socket);
    await act(async () => socket.accept());
    expect(await screen.findByLabelText('Name')).toBeTruthy();
    // The form takes the composer's place: one message field, the form's.
    await vi.waitFor(() => expect(screen.getAllByRole('textbox', { name: 'Message' })).toHaveLength(1));
    expect(screen.getByRole('textbox', { name: 'Message' }).closest('form')).not.toBeNull();
  });

  it('lets the visitor pick a department before the first message, which carries it', async () => {
    socket.answer = (event, payload) => {
      if (event === 'site:availability') {
        return {
          ok: true,
          data: { available: true, withinHours: true, departments: [{ id: 'sales', name: 'Sales', available: true }, { id: 'help', name: '售后', available: true }] },
        };
      }
      return server.handle(event, payload);
    };
    const client = renderPanel(socket);
    await act(async () => socket.accept());
    const select = (await screen.findByLabelText('Who would you like to talk to?')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'help' } });
    act(() => void client.send('我要退货'));
    await act(async () => {});
    expect(socket.commands('message:send')).toEqual([expect.objectContaining({ text: '我要退货', departmentId: 'help' })]);
  });
});
