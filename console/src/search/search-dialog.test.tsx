import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchItem } from '@parley/shared';
import { RestClientContext } from '../api/rest-client.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { SearchDialog } from './search-dialog.js';

const item = (n: number, extra: Partial<SearchItem> = {}): SearchItem => ({
  conversationId: `c${n}`,
  messageId: `m${n}`,
  snippet: `refund number ${n}`,
  marks: [[0, 6]],
  status: 'closed',
  at: Date.now() - 60_000,
  visitorId: `v${n}`,
  name: null,
  email: null,
  ...extra,
});

describe('the search dialog', () => {
  afterEach(() => cleanup());

  it('searches as you type, marks the words as text, pages with Load more and opens a result', async () => {
    const asked: string[] = [];
    const api: Api = async <T,>(method: string, path: string) => {
      if (path === '/agents') return { agents: [] } as T;
      if (path === '/departments') return { departments: [] } as T;
      if (path === '/tags') return { tags: [] } as T;
      asked.push(path);
      const url = new URLSearchParams(path.split('?')[1]);
      const answer: SearchAnswer = url.get('cursor')
        ? { items: [item(3)], nextCursor: null }
        : { items: [item(1, { name: 'Mei', snippet: '<img src=x onerror=alert(1)> refund', marks: [[29, 35]] }), item(2)], nextCursor: 'next-1' };
      return answer as T;
    };
    const opened: SearchItem[] = [];
    renderInEnglish(
      <RestClientContext.Provider value={restClientOf(api)}>
        <SearchDialog open onClose={() => {}} onOpen={(i) => opened.push(i)} />
      </RestClientContext.Provider>,
    );
    const box = screen.getByRole('searchbox', { name: 'Search messages and contacts' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'refund' } });
    await screen.findByText('2 found so far, more to load');
    expect(asked).toEqual(['/search?q=refund&limit=20']);
    const first = screen.getByRole('link', { name: /Mei/ });
    // The visitor's text is text: no element was made from it.
    expect(first.querySelector('img')).toBeNull();
    expect(first.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['refund']);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('3 found');
    expect(asked[1]).toBe('/search?q=refund&cursor=next-1&limit=20');
    fireEvent.click(screen.getByRole('link', { name: /refund number 3/ }));
    expect(opened.map((i) => i.messageId)).toEqual(['m3']);
  });

  it('says a query is too long without asking the server, and that nothing was found', async () => {
    const asked: string[] = [];
    const api: Api = async <T,>(_m: string, path: string) => {
      if (!path.startsWith('/search')) return { agents: [], departments: [], tags: [] } as T;
      asked.push(path);
      return { items: [], nextCursor: null } as T;
    };
    renderInEnglish(
      <RestClientContext.Provider value={restClientOf(api)}>
        <SearchDialog open onClose={() => {}} onOpen={() => {}} />
      </RestClientContext.Provider>,
    );
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: '长'.repeat(501) } });
    await screen.findByText('That is too long to search: at most 500 characters.');
    fireEvent.input(box, { target: { value: '没有' } });
    await screen.findByText('Nothing found. Try other words or fewer filters.');
    await waitFor(() => expect(asked).toEqual([`/search?q=${encodeURIComponent('没有')}&limit=20`]));
  });
});
