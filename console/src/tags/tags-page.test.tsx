import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tag } from '@parley/shared';
import { RestClientContext } from '../api/rest-client.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { ToastProvider } from '../ui/toast.js';
import { TagCatalogProvider } from './tag-catalog.js';
import { TagsPage } from './tags-page.js';

function server() {
  const tags: Tag[] = [];
  const calls: string[] = [];
  const api: Api = async <T,>(method: string, path: string, body?: unknown) => {
    calls.push(`${method} ${path}`);
    const input = body as { name?: string; colour?: string };
    if (method === 'GET' && path === '/tags') return { tags: [...tags] } as T;
    if (method === 'POST' && path === '/tags') {
      if (!input.name) throw Object.assign(new Error('name: required'));
      const tag = { id: `t${tags.length + 1}`, workspaceId: 'w', name: input.name, colour: input.colour!, createdAt: 0 };
      tags.push(tag);
      return { tag } as T;
    }
    const id = path.split('/')[2];
    const at = tags.findIndex((t) => t.id === id);
    if (method === 'PATCH' && at >= 0) return { tag: (tags[at] = { ...tags[at]!, ...input }) } as T;
    if (method === 'DELETE' && at >= 0) return void tags.splice(at, 1) as T;
    throw new Error(`unexpected ${method} ${path}`);
  };
  return { api, tags, calls };
}

function renderPage(api: Api) {
  renderInEnglish(
    <RestClientContext.Provider value={restClientOf(api)}>
      <TagCatalogProvider>
        <ToastProvider>
          <TagsPage />
        </ToastProvider>
      </TagCatalogProvider>
    </RestClientContext.Provider>,
  );
}

describe('Tags page', () => {
  afterEach(cleanup);

  it('starts empty, creates a tag with a picked colour, recolours it, and deletes it only once confirmed', async () => {
    const { api, tags, calls } = server();
    renderPage(api);
    expect(await screen.findByText('No tags yet')).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: 'New tag' })[0]!);
    const drawer = screen.getByRole('dialog', { name: 'New tag' });
    fireEvent.input(within(drawer).getByLabelText('Name'), { target: { value: 'Billing' } });
    fireEvent.click(within(drawer).getByRole('radio', { name: 'Green' }));
    fireEvent.click(within(drawer).getByRole('button', { name: 'Save' }));
    await screen.findByRole('cell', { name: '#16a34a' });
    expect(tags).toEqual([expect.objectContaining({ name: 'Billing', colour: '#16a34a' })]);

    fireEvent.click(screen.getByRole('button', { name: 'Edit Billing' }));
    const editor = screen.getByRole('dialog', { name: 'Edit tag' });
    expect((within(editor).getByLabelText('Name') as HTMLInputElement).value).toBe('Billing');
    expect((within(editor).getByRole('radio', { name: 'Green' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(editor).getByRole('radio', { name: 'Pink' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await screen.findByRole('cell', { name: '#db2777' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete Billing' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete the tag “Billing”?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((c) => c.startsWith('DELETE'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Billing' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete tag' }));
    await waitFor(() => expect(screen.getByText('No tags yet')).toBeTruthy());
    expect(calls).toContain('DELETE /tags/t1');
  });
});
