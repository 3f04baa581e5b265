import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agent } from '@parley/shared';
import { RestClientContext } from '../api/rest-client.js';
import { Composer } from '../conversation/composer.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';

const agent = (id: string, name: string, email: string, active = true): Agent => ({ id, workspaceId: 'w', email, name, role: 'agent', capacity: 0, active, createdAt: 0 });
const team = [agent('a1', 'Mei Wang', 'mei@shop.example'), agent('a2', '王小明', 'jun@shop.example'), agent('a3', 'Max Gone', 'max@shop.example', false)];

describe('@ in an internal note', () => {
  let onSend: ReturnType<typeof vi.fn>;
  let box: HTMLTextAreaElement;
  const type = (text: string) => fireEvent.input(box, { target: { value: text } });
  const key = (k: string) => fireEvent.keyDown(box, { key: k });

  beforeEach(() => {
    onSend = vi.fn();
    const api: Api = async <T,>(method: string, path: string) => {
      if (method === 'GET' && path === '/agents') return { agents: team } as T;
      throw new Error(`unexpected ${method} ${path}`);
    };
    renderInEnglish(
      <RestClientContext.Provider value={restClientOf(api)}>
        <Composer onSend={onSend} />
      </RestClientContext.Provider>,
    );
    box = screen.getByRole('textbox', { name: 'Reply' });
  });
  afterEach(cleanup);

  it('offers active colleagues matching what follows @; Arrow keys and Enter insert the name the server reads, without sending', async () => {
    fireEvent.click(screen.getByRole('checkbox', { name: 'Internal note' }));
    type('Can @');
    const list = await screen.findByRole('listbox', { name: 'Colleagues to mention' });
    expect([...list.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual(['Mei Wang mei@shop.example', '王小明 jun@shop.example']);
    await waitFor(() => expect(box.getAttribute('aria-activedescendant')).toBe(list.querySelector('[role=option]')!.id));
    key('ArrowDown');
    await waitFor(() => expect(screen.getByRole('option', { name: /王小明/ }).getAttribute('aria-selected')).toBe('true'));
    key('Enter');
    await waitFor(() => expect(box.value).toBe('Can @王小明 '));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox', { name: 'Colleagues to mention' })).toBeNull();
  });

  it('narrows as the name is typed, closes on Escape, and sends on Enter once closed', async () => {
    fireEvent.click(screen.getByRole('checkbox', { name: 'Internal note' }));
    type('@mei');
    await screen.findByRole('option', { name: /Mei Wang/ });
    expect(screen.queryByRole('option', { name: /王小明/ })).toBeNull();
    key('Escape');
    await waitFor(() => expect(screen.queryByRole('listbox', { name: 'Colleagues to mention' })).toBeNull());
    key('Enter');
    expect(onSend).toHaveBeenCalledWith('@mei', true);
  });

  it('stays out of a reply to the visitor', async () => {
    type('hi @');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('listbox', { name: 'Colleagues to mention' })).toBeNull();
  });
});
