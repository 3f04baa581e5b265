import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bot, Message } from '@parley/shared';
import { MessageItem } from '../conversation/message-item.js';
import { renderInEnglish } from '../test/render.js';
import { RestClientContext } from '../api/rest-client.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { BotsPage } from './bots-page.js';

const bot = (overrides: Partial<Bot>): Bot => ({
  id: 'bot_1',
  workspaceId: 'w',
  name: 'Echo',
  avatarUrl: null,
  mode: 'webhook',
  webhookUrl: 'https://hook.example',
  answerTimeoutMs: 30_000,
  healthy: true,
  createdAt: 0,
  ...overrides,
});

describe('bots in the console', () => {
  afterEach(() => cleanup());

  it('lists bots with a failing webhook marked, and shows new secrets once after creating a bot', async () => {
    const bots: Bot[] = [bot({ healthy: false })];
    const calls: string[] = [];
    const api: Api = async <T,>(method: string, path: string, body?: unknown) => {
      calls.push(`${method} ${path}`);
      if (method === 'GET' && path === '/bots') return { bots } as T;
      if (method === 'GET' && path === '/sites') return { sites: [{ id: 's1', workspaceId: 'w', key: 'demo', name: 'Demo shop', allowedOrigins: [], locale: null, createdAt: 0 }] } as T;
      if (method === 'GET' && path === '/sites/demo/bot') return { siteKey: 'demo', siteName: 'Demo shop', botId: null } as T;
      if (method === 'POST' && path === '/bots') {
        const created = bot({ id: 'bot_2', name: (body as { name: string }).name, mode: 'socket', webhookUrl: null });
        bots.push(created);
        return { bot: created, token: 'pbt_bot_2.secret-token-value', webhookSecret: 'whsec_value' } as T;
      }
      throw new Error(`unexpected ${method} ${path}`);
    };
    renderInEnglish(
      <RestClientContext.Provider value={restClientOf(api)}>
        <BotsPage admin />
      </RestClientContext.Provider>,
    );
    expect(await screen.findByText('Webhook failing')).toBeTruthy();
    expect(await screen.findByLabelText('New chats on Demo shop go first to')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'New bot' })[0]!);
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: '小助手' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create bot' }));
    expect(await screen.findByText('pbt_bot_2.secret-token-value')).toBeTruthy();
    expect(screen.getByText('Copy these now: they are shown only once.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('cell', { name: '小助手' })).toBeTruthy());
    expect(calls).toContain('POST /bots');
  });

  it("marks a bot's message and reads a handoff line in the console's language", () => {
    const from = (m: Partial<Message>): Message => ({
      id: 'm', conversationId: 'c', seq: 1, clientId: 'x', author: { type: 'bot', id: 'bot_1', name: 'Echo' }, text: 'hi', internal: false, createdAt: 0, ...m,
    });
    renderInEnglish(
      <ol>
        <MessageItem entry={{ kind: 'stored', message: from({}) }} agentName="Mei" />
        <MessageItem entry={{ kind: 'stored', message: from({ id: 'm2', author: { type: 'system', id: null, name: 'Echo' }, text: 'system.handoff.toBot' }) }} agentName="Mei" />
      </ol>,
    );
    expect(screen.getByText('Bot')).toBeTruthy();
    expect(screen.getByText('Echo (bot) is now answering.')).toBeTruthy();
  });
});
