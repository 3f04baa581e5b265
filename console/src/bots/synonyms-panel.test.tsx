import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { ApiContext, type Api } from './api-context.js';
import { SynonymsPanel } from './synonyms-panel.js';

describe('the synonyms panel', () => {
  afterEach(() => cleanup());

  it('shows the saved groups, saves edited lines as groups, and shows a refusal next to the field', async () => {
    const sent: unknown[] = [];
    const api: Api = async <T,>(method: string, path: string, body?: unknown) => {
      if (method === 'GET' && path === '/knowledge/synonyms') return { groups: [['amex', 'American Express']], builtIn: [['lift', 'elevator']] } as T;
      if (method === 'PUT' && path === '/knowledge/synonyms') {
        sent.push(body);
        const groups = (body as { groups: string[][] }).groups;
        if (groups.some((g) => g.some((w) => w.length > 60))) throw new Error('groups.1.0: Too big');
        return { groups, builtIn: [['lift', 'elevator']] } as T;
      }
      throw new Error(`unexpected ${method} ${path}`);
    };
    renderInEnglish(
      <ApiContext.Provider value={api}>
        <SynonymsPanel />
      </ApiContext.Provider>,
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
    expect((await screen.findByRole('alert')).textContent).toBe('groups.1.0: Too big');
  });
});
