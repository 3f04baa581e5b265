import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleHit, ArticleView, Message } from '@parley/shared';
import { conversation, FakeSocket, message } from '../../test-support/fake-socket.js';
import { botTurn } from '../bots/bot-turn.js';
import { ChatClient } from '../chat/chat-client.js';
import { ChatPanel } from './chat-panel.js';

const bot = (seq: number, text: string, clientId = `bot-${seq}`): Message =>
  message(seq, text, { clientId, author: { type: 'bot', id: 'bot_1', name: 'Parley Assistant' } });
const visitor = (seq: number, text: string): Message => message(seq, text, { author: { type: 'visitor', id: 'v1', name: null } });
const system = (seq: number, key: string, name: string | null): Message => message(seq, key, { author: { type: 'system', id: null, name } });

function renderPanel(socket: FakeSocket, messages: Message[], locale: string | null = null) {
  socket.answer = (event) =>
    event === 'conversation:current'
      ? { ok: true, data: { conversation: conversation({ lastSeq: messages.length }), messages } }
      : { ok: true, data: null };
  const client = new ChatClient({ siteKey: 'acme', open: true, createSocket: socket.factory });
  client.start();
  render(<ChatPanel client={client} localeOverride={locale} serverOrigin="https://chat.example" onClose={() => {}} />);
  return client;
}

describe('bots in the widget', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    localStorage.clear();
    socket = new FakeSocket();
  });
  afterEach(() => cleanup());

  it('reads from the transcript whether a bot answers and asks for feedback', () => {
    expect(botTurn([visitor(1, 'q'), bot(2, 'a')])).toEqual({ withBot: true, asksFeedback: false });
    expect(botTurn([visitor(1, 'q'), bot(2, 'ok?', 'kb-feedback-x')])).toEqual({ withBot: true, asksFeedback: true });
    expect(botTurn([bot(1, 'a'), system(2, 'system.handoff.toHuman', 'Bot'), visitor(3, 'hi')])).toEqual({ withBot: false, asksFeedback: false });
    expect(botTurn([message(1, 'agent'), system(2, 'system.handoff.toBot', 'Bot')])).toEqual({ withBot: true, asksFeedback: false });
  });

  it('marks who speaks, shows handoff lines in the visitor\'s language, and offers Yes / No / a person', async () => {
    renderPanel(socket, [visitor(1, '運費？'), bot(2, '我找到了這些內容：'), bot(3, '這解答了您的問題嗎？', 'kb-feedback-1')], 'zh-TW');
    await act(async () => socket.accept());
    await screen.findByText('我找到了這些內容：');
    const log = screen.getByRole('log');
    expect(within(log).getAllByText('機器人')).toHaveLength(2);
    expect(log.querySelector('img.face')?.getAttribute('src')).toBe('https://chat.example/api/v1/bots/bot_1/avatar');

    socket.answer = (event, payload) =>
      event === 'message:send'
        ? { ok: true, data: { ...visitor(4, (payload as { text: string }).text), clientId: (payload as { clientId: string }).clientId } }
        : { ok: true, data: conversation({ status: 'waiting' }) };
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '否' }));
    });
    expect(socket.commands('message:send')).toMatchObject([{ text: '否', conversationId: 'c1' }]);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '轉真人客服' }));
    });
    expect(socket.commands('conversation:handoff')).toEqual([{ conversationId: 'c1' }]);
    act(() => socket.fire('message:new', system(5, 'system.handoff.toHuman', 'Parley Assistant')));
    expect(await within(log).findByText('正在為您轉接真人客服，之前的對話都會保留。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '轉真人客服' })).toBeNull();
  });

  it('loads self-service search on demand, marks the matches, and shows an article without raw HTML', async () => {
    renderPanel(socket, []);
    await act(async () => socket.accept());
    const hit: ArticleHit = {
      id: 'art_1',
      locale: 'en',
      score: 3,
      title: [{ text: 'Shipping', hit: true }, { text: ' fees', hit: false }],
      snippet: [{ text: 'Free ', hit: false }, { text: 'shipping', hit: true }],
    };
    const view: ArticleView = {
      article: { id: 'art_1', workspaceId: 'w', title: 'Shipping fees', body: '', keywords: [], locale: 'en', createdAt: 0, updatedAt: 0 },
      blocks: [{ type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)> ' }, { type: 'strong', children: [{ type: 'text', text: 'free' }] }] }],
    };
    socket.answer = (event) => (event === 'kb:search' ? { ok: true, data: [hit] } : event === 'kb:article' ? { ok: true, data: view } : { ok: true, data: null });
    fireEvent.click(screen.getByRole('button', { name: 'Search help articles' }));
    const field = await screen.findByRole('searchbox', { name: 'Search help articles' });
    fireEvent.input(field, { target: { value: 'shipping' } });
    const result = await screen.findByRole('button', { name: /Shipping fees/ }, { timeout: 2000 });
    expect(socket.commands('kb:search')).toEqual([{ query: 'shipping', locale: 'en', limit: 8 }]);
    expect([...result.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Shipping', 'shipping']);
    await act(async () => {
      fireEvent.click(result);
    });
    const heading = await screen.findByRole('heading', { name: 'Shipping fees' });
    const article = heading.closest('article')!;
    expect(article.querySelector('img')).toBeNull();
    expect(article.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(article.querySelector('strong')?.textContent).toBe('free');
  });
});
