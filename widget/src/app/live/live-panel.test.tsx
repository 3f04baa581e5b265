import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversation, demoSession, FakeSocket, message } from '../../test-support/fake-socket.js';
import { ChatClient } from '../chat/chat-client.js';
import { ChatPanel } from '../ui/chat-panel.js';

const visitorLine = (seq: number, text: string) => message(seq, text, { author: { type: 'visitor', id: 'v1', name: null } });
const live = { sneakPeek: false, uploads: { enabled: true, maxBytes: 1000, types: ['image/png' as const] }, rating: { enabled: true, style: 'stars' as const }, prechat: { enabled: false, fields: [], known: [] } };

function renderPanel(socket: FakeSocket) {
  const client = new ChatClient({ siteKey: 'acme', open: true, createSocket: socket.factory });
  client.start();
  render(<ChatPanel client={client} localeOverride={null} onClose={() => {}} />);
  return client;
}

/** The panel's live parts (issue 13) against a fake server: typing, Seen, rich text, refusals, rating. */
describe('the live conversation in the panel', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    localStorage.clear();
    // jsdom's page is never "visible" on its own; the widget reports what was seen only when it is.
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    socket = new FakeSocket();
  });
  afterEach(cleanup);

  it('shows the agent typing, clears it when their line arrives, and marks Seen under the line the team read', async () => {
    socket.answer = (event) =>
      event === 'conversation:current'
        ? { ok: true, data: { conversation: conversation({ lastSeq: 2, agentReadSeq: 1 }), messages: [visitorLine(1, 'first'), visitorLine(2, 'second')] } }
        : { ok: true, data: null };
    renderPanel(socket);
    await act(async () => socket.accept({ ...demoSession, live }));
    await screen.findByText('second', {}, { timeout: 8000 });
    // Seen under "first" (read), Sent under "second" (the last).
    expect(screen.getByText(/Seen/).closest('li')?.textContent).toContain('first');
    expect(screen.getByText(/Sent/).closest('li')?.textContent).toContain('second');
    // The visitor read both while the panel showed: reported once, with the highest seq.
    await waitFor(() => expect(socket.sent.filter((s) => s.event === 'conversation:read').map((s) => s.payload)).toEqual([{ conversationId: 'c1', seq: 2 }]));

    act(() => socket.fire('typing', { conversationId: 'c1', who: { type: 'agent', id: 'a1', name: 'Mei' }, typing: true }));
    expect(screen.getByText(/Mei is typing/)).toBeTruthy();
    act(() => socket.fire('conversation:read', { conversationId: 'c1', by: 'agent', seq: 2 }));
    expect(screen.getByText(/Seen/).closest('li')?.textContent).toContain('second');
    act(() => socket.fire('message:new', message(3, 'Here is **the** [guide](https://docs.example/x) <b>hi</b>')));
    expect(screen.queryByText(/is typing/)).toBeNull();
    // Rendered by the shared renderer: a safe link, bold, and the HTML as text.
    const link = screen.getByRole('link', { name: 'guide' });
    expect(link.getAttribute('href')).toBe('https://docs.example/x');
    expect(screen.getByText('the').tagName).toBe('STRONG');
    expect(screen.getByText(/<b>hi<\/b>/)).toBeTruthy();
  });

  it('sends typing by the rules: true once, false on send', async () => {
    socket.answer = (event) =>
      event === 'conversation:current'
        ? { ok: true, data: { conversation: conversation(), messages: [visitorLine(1, 'hi')] } }
        : event === 'message:send'
          ? { ok: true, data: visitorLine(2, 'abc') }
          : { ok: true, data: null };
    renderPanel(socket);
    await act(async () => socket.accept({ ...demoSession, live }));
    await screen.findByText('hi', {}, { timeout: 8000 });
    const field = screen.getByLabelText('Message');
    for (const value of ['a', 'ab', 'abc']) fireEvent.input(field, { target: { value } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const typing = socket.sent.filter((s) => s.event === 'typing').map((s) => s.payload);
    expect(typing).toEqual([
      { conversationId: 'c1', typing: true },
      { conversationId: 'c1', typing: false },
    ]);
  });

  it('refuses a file over the site limit inline, before sending anything', async () => {
    socket.answer = (event) => (event === 'conversation:current' ? { ok: true, data: { conversation: conversation(), messages: [visitorLine(1, 'hi')] } } : { ok: true, data: null });
    renderPanel(socket);
    await act(async () => socket.accept({ ...demoSession, live }));
    await screen.findByText('hi', {}, { timeout: 8000 });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const big = new File([new Uint8Array(5000)], 'big.png', { type: 'image/png' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [big] } });
    });
    expect(screen.getByText(/big.png is larger than/)).toBeTruthy();
  });
});
