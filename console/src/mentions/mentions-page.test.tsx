import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '@parley/shared';
import { FakeSocket } from '../test/fake-socket.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { ToastProvider } from '../ui/toast.js';
import { MentionAlerts } from './mention-alerts.js';
import { MentionFeed, unreadMentions } from './mention-feed.js';
import { MentionsPage } from './mentions-page.js';

const mention = (id: string, text: string, readAt: number | null = null): Mention => ({
  id, workspaceId: 'w', conversationId: `c-${id}`, messageId: `m-${id}`, agentId: 'me', byId: 'a2', byName: '王小明', text, createdAt: Date.now() - 60_000, readAt,
});

describe('Mentions view', () => {
  afterEach(cleanup);

  it('lists mentions, takes a new one live with a toast, and opening one marks it read', async () => {
    const stored = [mention('m1', '@Mei see the refund', 1)];
    const calls: string[] = [];
    const api: Api = async <T,>(method: string, path: string) => {
      calls.push(`${method} ${path}`);
      if (method === 'GET' && path.startsWith('/mentions?')) return { mentions: stored } as T;
      if (method === 'POST' && path === '/mentions/m2/read') return { mention: { ...mention('m2', ''), readAt: 2 } } as T;
      throw new Error(`unexpected ${method} ${path}`);
    };
    const socket = new FakeSocket();
    const feed = new MentionFeed(socket, restClientOf(api));
    const stop = feed.start();
    const onOpen = vi.fn((m: Mention) => void feed.markRead(m.id));
    renderInEnglish(
      <ToastProvider>
        <MentionAlerts feed={feed} preferences={{ sound: false, desktop: false }} onOpen={onOpen} />
        <MentionsPage feed={feed} myName="Mei" onOpen={onOpen} />
      </ToastProvider>,
    );
    await screen.findByText('@Mei see the refund');
    expect(screen.queryByText('1 unread')).toBeNull();

    socket.fire('mention:new', mention('m2', '@Mei please look'));
    expect(await screen.findByText('王小明 mentioned you: @Mei please look')).toBeTruthy();
    expect(screen.getByText('1 unread')).toBeTruthy();
    expect(unreadMentions(feed.state.get())).toBe(1);
    const items = screen.getAllByRole('button', { name: /王小明 mentioned you/ });
    expect(items.map((b) => b.classList.contains('unread'))).toEqual([true, false]);

    fireEvent.click(items[0]!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'm2', conversationId: 'c-m2' }));
    await waitFor(() => expect(calls).toContain('POST /mentions/m2/read'));
    expect(unreadMentions(feed.state.get())).toBe(0);
    await waitFor(() => expect(screen.queryByText('1 unread')).toBeNull());
    stop();
  });

  it('shows a desktop notification for a new mention when the switch is on, and its click opens the mention', async () => {
    const shown: { title: string; body?: string; onclick?: () => void; close?: () => void }[] = [];
    vi.stubGlobal('Notification', Object.assign(function (this: (typeof shown)[number], title: string, options: { body?: string }) {
      this.title = title;
      this.body = options.body;
      shown.push(this);
    }, { permission: 'granted' }));
    vi.stubGlobal('focus', () => {});
    try {
      const socket = new FakeSocket();
      const feed = new MentionFeed(socket, restClientOf(async <T,>() => ({ mentions: [] }) as T));
      feed.start();
      const onOpen = vi.fn();
      renderInEnglish(
        <ToastProvider>
          <MentionAlerts feed={feed} preferences={{ sound: false, desktop: true }} onOpen={onOpen} />
        </ToastProvider>,
      );
      socket.fire('mention:new', mention('m9', '@Mei 请看一下'));
      await waitFor(() => expect(shown).toHaveLength(1));
      expect(shown[0]).toMatchObject({ title: '王小明 mentioned you', body: '@Mei 请看一下' });
      shown[0]!.close = () => {};
      shown[0]!.onclick!();
      expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'm9' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says what the view is for while there are none', async () => {
    const feed = new MentionFeed(new FakeSocket(), restClientOf(async <T,>() => ({ mentions: [] }) as T));
    feed.start();
    renderInEnglish(<MentionsPage feed={feed} myName="Mei" onOpen={() => {}} />);
    expect(await screen.findByText('No mentions yet')).toBeTruthy();
    expect(screen.getByText(/writes @Mei in an internal note/)).toBeTruthy();
  });
});
