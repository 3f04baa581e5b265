import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversation, demoSession, FakeSocket, FakeVisitorServer, message } from '../../test-support/fake-socket.js';
import { ChatClient } from '../chat/chat-client.js';
import { ChatPanel } from './chat-panel.js';

function renderPanel(socket: FakeSocket, locale: string | null = null) {
  const client = new ChatClient({ siteKey: 'acme', open: true, createSocket: socket.factory });
  client.start();
  render(<ChatPanel client={client} localeOverride={locale} onClose={() => {}} />);
  return client;
}

const look = { brandColor: '#0f766e', launcherSide: 'right', welcome: { 'zh-TW': '歡迎光臨！' }, teamName: null, avatarUrl: null, replyTime: 'minutes' };
const session = { ...demoSession, site: { name: 'Acme', locale: null, appearance: look } as typeof demoSession.site };

describe('the panel in every language it speaks', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('speaks Traditional Chinese: the site welcome, the reply time, times and delivery', async () => {
    const server = new FakeVisitorServer();
    socket.answer = (event, payload) => server.handle(event, payload);
    renderPanel(socket, 'zh-TW');
    await act(async () => socket.accept(session));
    expect(await screen.findByText('歡迎光臨！')).toBeTruthy();
    expect(screen.getByText('我們通常在幾分鐘內回覆')).toBeTruthy();
    const field = screen.getByLabelText('訊息');
    fireEvent.input(field, { target: { value: '我的訂單到哪了？' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    // Stored: "Sent" under the visitor's last line, with the time.
    expect(await screen.findByText(/\d{1,2}:\d{2}.*· 已傳送/)).toBeTruthy();
    expect(screen.getByRole('dialog').getAttribute('dir')).toBe('ltr');
  });

  it('speaks Arabic right to left: direction, language and every string from the Arabic catalog', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-EG', 'en']);
    renderPanel(socket);
    await act(async () => socket.accept(session));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    expect(screen.getByLabelText('الرسالة')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إرسال' })).toBeTruthy();
    // No Arabic welcome on this site: Parley's own greeting, in Arabic.
    expect(screen.getByText('مرحبًا! كيف يمكننا مساعدتك اليوم؟')).toBeTruthy();
    expect(screen.getByText('نرد عادةً خلال بضع دقائق')).toBeTruthy();
  });

  it('says "away" once, never beside a reply time, when nobody can answer', async () => {
    socket.answer = (event) =>
      event === 'site:availability' ? { ok: true, data: { available: false, withinHours: true, departments: [] } } : { ok: true, data: null };
    renderPanel(socket);
    await act(async () => socket.accept(session));
    expect(await screen.findByText('We are away right now')).toBeTruthy();
    expect(screen.queryByText(/We usually reply/)).toBeNull();
  });
});

describe('delivery', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
  });
  afterEach(() => cleanup());

  it('shows sending, then sent; a refused message says "Not sent" and Retry sends it again with the same id', async () => {
    const server = new FakeVisitorServer();
    let refuse = true;
    socket.answer = (event, payload) =>
      event === 'message:send' && refuse ? { ok: false, error: { code: 'bad_request', message: 'no' } } : server.handle(event, payload);
    renderPanel(socket);
    await act(async () => socket.accept());
    const field = screen.getByLabelText('Message');
    fireEvent.input(field, { target: { value: 'hello?' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByText('Not sent')).toBeTruthy();
    refuse = false;
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Retry' })));
    expect(await screen.findByText(/· Sent$/)).toBeTruthy();
    expect(screen.queryByText('Not sent')).toBeNull();
    const sends = socket.commands('message:send') as { clientId: string }[];
    expect(sends).toHaveLength(2);
    expect(sends[1]!.clientId).toBe(sends[0]!.clientId);
  });
});

describe('following the newest line', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
  });
  afterEach(() => cleanup());

  /** jsdom lays nothing out: the transcript gets a height, a content height and a scroll position. */
  function layout(log: HTMLElement) {
    let top = 0;
    Object.defineProperty(log, 'clientHeight', { configurable: true, get: () => 300 });
    Object.defineProperty(log, 'scrollHeight', { configurable: true, get: () => 1000 + log.querySelectorAll('li').length * 50 });
    Object.defineProperty(log, 'scrollTop', { configurable: true, get: () => top, set: (v: number) => (top = Math.min(v, log.scrollHeight - 300)) });
    return { scrolledUp: () => top < log.scrollHeight - 300 - 48, scrollTo: (v: number) => ((top = v), fireEvent.scroll(log)) };
  }

  it('scrolls to a new line at the bottom, and offers "New messages" instead when the visitor scrolled up', async () => {
    socket.answer = () => ({ ok: true, data: { conversation: conversation({ lastSeq: 1 }), messages: [message(1, 'first')] } });
    renderPanel(socket);
    await act(async () => socket.accept());
    await screen.findByText('first');
    const log = screen.getByRole('log');
    const view = layout(log);
    act(() => socket.fire('message:new', message(2, 'second')));
    expect(view.scrolledUp()).toBe(false);
    expect(screen.queryByRole('button', { name: /New messages/ })).toBeNull();

    // The visitor reads back up; a reply arrives: the view stays, a button offers the way down.
    act(() => void view.scrollTo(0));
    act(() => socket.fire('message:new', message(3, 'third')));
    expect(view.scrolledUp()).toBe(true);
    const pill = screen.getByRole('button', { name: /New messages/ });
    fireEvent.click(pill);
    expect(view.scrolledUp()).toBe(false);
    act(() => void view.scrollTo(log.scrollHeight - 300));
    expect(screen.queryByRole('button', { name: /New messages/ })).toBeNull();
    expect(within(log).getByText('third')).toBeTruthy();
  });
});

describe("the bot's answer", () => {
  it('links the articles it names: a click opens the article in the panel', async () => {
    localStorage.clear();
    const socket = new FakeSocket();
    const bot = { type: 'bot' as const, id: 'bot_1', name: 'Parley Assistant' };
    const answer = message(2, 'Here is what I found:\n\n1. Shipping fees and free shipping\nShipping is free on orders over $50.', { author: bot });
    const hit = { id: 'art_9', locale: 'en', score: 3, title: [{ text: 'Shipping fees and free shipping', hit: false }], snippet: [] };
    const view = {
      article: { id: 'art_9', workspaceId: 'w', title: 'Shipping fees and free shipping', body: '', keywords: [], locale: 'en', createdAt: 0, updatedAt: 0 },
      blocks: [{ type: 'paragraph', children: [{ type: 'text', text: 'Free from $50.' }] }],
    };
    socket.answer = (event) =>
      event === 'conversation:current'
        ? { ok: true, data: { conversation: conversation({ status: 'open', lastSeq: 2 }), messages: [message(1, 'shipping?', { author: { type: 'visitor', id: 'v1', name: null } }), answer] } }
        : event === 'kb:search'
          ? { ok: true, data: [hit] }
          : event === 'kb:article'
            ? { ok: true, data: view }
            : { ok: true, data: null };
    renderPanel(socket);
    await act(async () => socket.accept());
    const link = await screen.findByRole('button', { name: '1. Shipping fees and free shipping' });
    await act(async () => void fireEvent.click(link));
    expect(await screen.findByRole('heading', { name: 'Shipping fees and free shipping' }, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText('Free from $50.')).toBeTruthy();
    expect(socket.commands('kb:article')).toEqual([{ articleId: 'art_9' }]);
    cleanup();
  });
});

describe('a closed chat', () => {
  it('mails the transcript to the address the visitor gives, after checking it', async () => {
    localStorage.clear();
    const socket = new FakeSocket();
    socket.answer = (event) =>
      event === 'conversation:current'
        ? { ok: true, data: { conversation: conversation({ status: 'closed', lastSeq: 1, closedAt: 2 }), messages: [message(1, 'bye')] } }
        : { ok: true, data: null };
    renderPanel(socket);
    await act(async () => socket.accept());
    const field = await screen.findByLabelText('Email me the transcript');
    fireEvent.input(field, { target: { value: 'mei@' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Email it' })));
    expect(screen.getByRole('alert').textContent).toMatch(/Enter an email address/);
    expect(socket.commands('transcript:request')).toEqual([]);
    fireEvent.input(field, { target: { value: 'mei@example.com' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Email it' })));
    expect(await screen.findByText('On its way to mei@example.com.')).toBeTruthy();
    expect(socket.commands('transcript:request')).toEqual([{ conversationId: 'c1', email: 'mei@example.com' }]);
    cleanup();
  });
});
