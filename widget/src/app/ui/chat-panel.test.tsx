import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversation, demoSession, FakeSocket, FakeVisitorServer, message } from '../../test-support/fake-socket.js';
import { ChatClient } from '../chat/chat-client.js';
import { ChatPanel } from './chat-panel.js';

const siteKey = 'acme';

function renderPanel(socket: FakeSocket, localeOverride: string | null = null) {
  const client = new ChatClient({ siteKey, open: true, createSocket: socket.factory });
  client.start();
  render(<ChatPanel client={client} localeOverride={localeOverride} onClose={() => {}} />);
  return client;
}

// The team's greeting opens every transcript; the conversation's lines follow it.
const bubbles = () => within(screen.getByRole('log')).queryAllByRole('listitem').filter((li) => li.classList.contains('msg')).slice(1).map((li) => li.querySelector('.text')?.textContent);

describe('chat-panel', () => {
  let socket: FakeSocket;

  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows messages in seq order whatever order they arrive in, with the agent name', async () => {
    socket.answer = () => ({ ok: true, data: { conversation: conversation({ lastSeq: 3 }), messages: [message(3, 'third')] } });
    renderPanel(socket);
    await act(async () => socket.accept());
    await screen.findByText('third');
    act(() => {
      socket.fire('message:new', message(1, 'first'));
      socket.fire('message:new', message(2, 'second'));
    });
    expect(bubbles()).toEqual(['first', 'second', 'third']);
    expect(screen.getAllByText('Mei')).toHaveLength(3);
    // "Mei joined the chat" is the server's system line: the widget draws none of its own.
    expect(screen.queryByText(/joined the chat/)).toBeNull();
  });

  it('shows the visitor their own message once: Sending… until acknowledged, then plain, echo included', async () => {
    const server = new FakeVisitorServer();
    let release!: () => void;
    socket.answer = async (event, payload) => {
      const answer = server.handle(event, payload);
      if (event === 'message:send' && answer !== 'timeout' && answer.ok) {
        await new Promise<void>((resolve) => (release = resolve));
        socket.fire('message:new', answer.data); // echo first, then the ack
      }
      return answer;
    };
    renderPanel(socket);
    await act(async () => socket.accept());
    const field = screen.getByLabelText('Message');
    fireEvent.input(field, { target: { value: '我的订单还没到' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByText('Sending…')).toBeTruthy();
    await act(async () => release());
    await vi.waitFor(() => expect(screen.queryByText('Sending…')).toBeNull());
    expect(bubbles()).toEqual(['我的订单还没到']);
  });

  it('shows "Not sent" for a message the server refused', async () => {
    socket.answer = (event) =>
      event === 'message:send' ? { ok: false, error: { code: 'bad_request', message: 'too long' } } : { ok: true, data: null };
    renderPanel(socket);
    await act(async () => socket.accept());
    const field = screen.getByLabelText('Message');
    fireEvent.input(field, { target: { value: 'x' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByText('Not sent')).toBeTruthy();

    // The visitor can drop it; it does not come back with the next page.
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(bubbles()).toEqual([]);
    expect(localStorage.getItem(`parley:${siteKey}:outbox`) ?? '[]').not.toContain('"x"');
  });

  it('says when the server refuses this page, and marks what the visitor writes as not sent (kept for later)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderPanel(socket, 'zh-CN');
    act(() => socket.fire('connect_error', Object.assign(new Error('not allowed'), { data: { code: 'origin_not_allowed', message: 'not allowed' } })));
    expect((await screen.findByRole('status')).textContent).toBe('此页面暂时无法使用在线聊天。');
    const field = screen.getByLabelText('消息');
    fireEvent.input(field, { target: { value: '有人吗？' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByText('未发送')).toBeTruthy();
    expect(screen.queryByText('发送中…')).toBeNull();
    // Not failed for good: it stays in the outbox for a page the server lets in, with nothing to remove.
    expect(screen.queryByRole('button', { name: '删除' })).toBeNull();
    expect(localStorage.getItem(`parley:${siteKey}:outbox`)).toContain('有人吗？');
  });

  it('says when the visitor is offline or the connection is being restored, in a status region', async () => {
    renderPanel(socket);
    await act(async () => socket.accept());
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    act(() => socket.drop());
    expect(status.textContent).toBe('Reconnecting…');

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(status.textContent).toMatch(/You are offline/);

    act(() => void window.dispatchEvent(new Event('online')));
    await act(async () => socket.accept());
    expect(status.textContent).toBe('');
  });

  it('shows the closed line once the agent closes the conversation', async () => {
    socket.answer = () => ({ ok: true, data: { conversation: conversation({ lastSeq: 1 }), messages: [message(1, 'bye')] } });
    renderPanel(socket);
    await act(async () => socket.accept());
    await screen.findByText('bye');
    act(() => socket.fire('conversation:updated', conversation({ status: 'closed', lastSeq: 1, closedAt: 2 })));
    expect(screen.getByText('This conversation has ended. Write to start a new one.')).toBeTruthy();
  });

  describe('language', () => {
    it('speaks Traditional Chinese to a zh-HK browser', async () => {
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-HK', 'en']);
      renderPanel(socket);
      await act(async () => socket.accept());
      expect(await screen.findByLabelText('訊息')).toBeTruthy();
      expect(screen.getByRole('button', { name: '傳送' })).toBeTruthy();
      expect(screen.getByRole('dialog').getAttribute('lang')).toBe('zh-TW');
    });

    it("follows the site's locale over the browser's", async () => {
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
      renderPanel(socket);
      await act(async () => socket.accept({ ...demoSession, site: { name: '演示商店', locale: 'zh-CN' } }));
      expect(await screen.findByRole('button', { name: '发送' })).toBeTruthy();
      expect(screen.getByRole('heading').textContent).toBe('演示商店');
    });

    it("lets the embed's data-locale win over the site's", async () => {
      renderPanel(socket, 'en');
      await act(async () => socket.accept({ ...demoSession, site: { name: 'Shop', locale: 'zh-CN' } }));
      expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
    });
  });
});
