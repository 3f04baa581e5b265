import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RestClientContext, type RestClient, type RestResult } from '../api/rest-client.js';
import { renderInEnglish } from '../test/render.js';
import { SynonymsPanel } from './synonyms-panel.js';

describe('the synonyms panel', () => {
  afterEach(() => cleanup());

  it('shows the saved groups, saves edited lines as groups, and names the line of a refused group', async () => {
    const sent: unknown[] = [];
    const rest: RestClient = async <T,>(method: string, path: string, body?: unknown): Promise<RestResult<T>> => {
      if (method === 'GET' && path === '/knowledge/synonyms') return { ok: true, data: { groups: [['amex', 'American Express']], builtIn: [['lift', 'elevator']] } as T };
      if (method === 'PUT' && path === '/knowledge/synonyms') {
        sent.push(body);
        const groups = (body as { groups: string[][] }).groups;
        const long = groups.findIndex((g) => g.some((w) => w.length > 60));
        if (long >= 0) return { ok: false, error: { code: 'bad_request', message: 'invalid', issues: [{ path: `groups.${long}.0`, message: 'Too big' }] } };
        return { ok: true, data: { groups, builtIn: [['lift', 'elevator']] } as T };
      }
      return { ok: false, error: { code: 'not_found', message: `unexpected ${method} ${path}` } };
    };
    renderInEnglish(
      <RestClientContext.Provider value={rest}>
        <SynonymsPanel />
      </RestClientContext.Provider>,
    );
    const field = (await screen.findByLabelText('Synonym groups')) as HTMLTextAreaElement;
    expect(field.value).toBe('amex, American Express');
    expect(screen.getByText('Built-in groups every workspace has: 1')).toBeTruthy();

    fireEvent.input(field, { target: { value: 'amex, American Express\n訂金，定金' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save synonyms' }));
    expect(await screen.findByText('Saved. Groups: 2')).toBeTruthy();
    expect(sent).toEqual([{ groups: [['amex', 'American Express'], ['訂金', '定金']] }]);

    fireEvent.input(field, { target: { value: `a, b\n${'x'.repeat(61)}, y` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save synonyms' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Line 2: Too big');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
