import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation, Tag } from '@parley/shared';
import { RestClientContext } from '../api/rest-client.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { ConversationTagBar } from './conversation-tag-bar.js';
import { TagCatalogProvider } from './tag-catalog.js';

const tag = (id: string, name: string, colour: string): Tag => ({ id, workspaceId: 'w', name, colour, createdAt: 0 });

/** Plays the tag routes; `puts` records each saved set. */
function server(tags: Tag[]) {
  const puts: string[][] = [];
  const api: Api = async <T,>(method: string, path: string, body?: unknown) => {
    if (method === 'GET' && path === '/tags') return { tags: [...tags] } as T;
    if (method === 'POST' && path === '/tags') {
      const created = tag(`t${tags.length + 1}`, (body as { name: string }).name, (body as { colour: string }).colour);
      tags.push(created);
      return { tag: created } as T;
    }
    if (method === 'PUT' && path === '/conversations/c1/tags') {
      const { tagIds } = body as { tagIds: string[] };
      if (tagIds.some((id) => !tags.some((t) => t.id === id))) throw new Error('tagIds: no such tag');
      puts.push(tagIds);
      return { conversation: { ...conversation, tagIds } } as T;
    }
    throw new Error(`unexpected ${method} ${path}`);
  };
  return { api, puts };
}

const conversation = { id: 'c1', tagIds: ['t1'] } as Conversation;

function renderBar(api: Api, c: Conversation = conversation) {
  return renderInEnglish(
    <RestClientContext.Provider value={restClientOf(api)}>
      <TagCatalogProvider>
        <ConversationTagBar conversation={c} />
      </TagCatalogProvider>
    </RestClientContext.Provider>,
  );
}

describe('tags in the conversation header', () => {
  afterEach(cleanup);

  it('shows the tags as chips with text that reads on their colour, and removes one', async () => {
    const { api, puts } = server([tag('t1', 'Billing', '#f59e0b'), tag('t2', 'Bug', '#1e3a8a')]);
    renderBar(api);
    const remove = await screen.findByRole('button', { name: 'Remove tag Billing' });
    expect((remove.closest('.tag-chip') as HTMLElement).style.color).toBe('rgb(17, 17, 17)');
    fireEvent.click(remove);
    await waitFor(() => expect(puts).toEqual([[]]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove tag Billing' })).toBeNull());
  });

  it('adds a tag by keyboard from the menu: type to filter, Arrow keys, Enter; Escape returns focus', async () => {
    const { api, puts } = server([tag('t1', 'Billing', '#2563eb'), tag('t2', 'Bug', '#dc2626'), tag('t3', 'Refund', '#16a34a')]);
    renderBar(api);
    await screen.findByText('Billing');
    fireEvent.click(screen.getByRole('button', { name: /Add tag/ }));
    const input = screen.getByRole('combobox', { name: 'Find or create a tag' });
    // Tags already on it are not offered.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Bug', 'Refund']);
    fireEvent.input(input, { target: { value: 'u' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Bug', 'Refund', 'Create tag “u”']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(puts).toEqual([['t1', 't3']]));
    await screen.findByRole('button', { name: 'Remove tag Refund' });

    fireEvent.click(screen.getByRole('button', { name: /Add tag/ }));
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Add tag/ })));
  });

  it('creates a tag from its name and puts it on the conversation', async () => {
    const { api, puts } = server([tag('t1', 'Billing', '#2563eb')]);
    renderBar(api);
    await screen.findByText('Billing');
    fireEvent.click(screen.getByRole('button', { name: /Add tag/ }));
    fireEvent.input(screen.getByRole('combobox'), { target: { value: '退款' } });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    await waitFor(() => expect(puts).toEqual([['t1', 't2']]));
    expect(await screen.findByRole('button', { name: 'Remove tag 退款' })).toBeTruthy();
  });

  it('says so when the server refuses, and keeps the tags it had', async () => {
    const { api, puts } = server([tag('t1', 'Billing', '#2563eb')]);
    renderBar(api, { id: 'c1', tagIds: ['t1', 'gone'] } as Conversation);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove tag Billing' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be saved: tagIds: no such tag/);
    expect(puts).toEqual([]);
    expect(screen.getByRole('button', { name: 'Remove tag Billing' })).toBeTruthy();
  });
});
