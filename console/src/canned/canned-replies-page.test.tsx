import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent, CannedReply } from '@parley/shared';
import { RestClientContext, type RestClient } from '../api/rest-client.js';
import { renderInEnglish } from '../test/render.js';
import { ToastProvider } from '../ui/toast.js';
import { CannedRepliesPage } from './canned-replies-page.js';

const person = (role: Agent['role']): Agent => ({ id: 'a1', workspaceId: 'w', email: 'mei@shop.test', name: 'Mei', role, capacity: 0, createdAt: 0 });
const reply = (id: string, shortcut: string, scope: CannedReply['scope'], texts: Record<string, string> = { en: `Text of ${shortcut}` }): CannedReply => ({
  id, workspaceId: 'w', shortcut, texts, scope, ownerId: scope === 'personal' ? 'a1' : null, createdAt: 0, updatedAt: 0,
});

/** A fake of the four canned-reply routes over an array; a taken shortcut is a 409 as the store answers. */
function server(list: CannedReply[]) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const rest: RestClient = async <T,>(method: string, path: string, body?: unknown) => {
    calls.push({ method, path, body });
    if (method === 'GET') return { ok: true, data: { cannedReplies: [...list] } as T };
    if (method === 'DELETE') {
      list.splice(list.findIndex((r) => path.endsWith(r.id)), 1);
      return { ok: true, data: undefined as T };
    }
    const input = body as Pick<CannedReply, 'shortcut' | 'texts' | 'scope'>;
    if (input.shortcut === 'race') return { ok: false, error: { code: 'conflict', message: 'a canned reply with this shortcut already exists' } };
    const saved = { ...reply(`r${list.length + 1}`, input.shortcut, input.scope, input.texts) };
    list.push(saved);
    return { ok: true, data: { cannedReply: saved } as T };
  };
  return { rest, calls };
}

function show(role: Agent['role'], rest: RestClient) {
  renderInEnglish(
    <RestClientContext.Provider value={rest}>
      <ToastProvider>
        <CannedRepliesPage agent={person(role)} />
      </ToastProvider>
    </RestClientContext.Provider>,
  );
}

describe('canned replies page', () => {
  afterEach(cleanup);

  it('an admin starts from the empty state, is told inline what is wrong, and saves only the written languages', { timeout: 30_000 }, async () => {
    const { rest, calls } = server([]);
    show('admin', rest);
    await screen.findByText('No canned replies yet');
    fireEvent.click(screen.getAllByRole('button', { name: 'New reply' })[0]!);
    const drawer = screen.getByRole('dialog', { name: 'New canned reply' });
    const shortcut = within(drawer).getByRole('textbox', { name: 'Shortcut' });
    const save = within(drawer).getByRole('button', { name: 'Save' });

    fireEvent.click(save);
    await within(drawer).findByText('This is required.');
    expect(within(drawer).getByText('Write the reply in at least one language.')).toBeTruthy();
    expect(shortcut.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(shortcut, { target: { value: 'two words' } });
    fireEvent.click(save);
    await within(drawer).findByText('A shortcut has no spaces.');
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);

    // The three starter languages, one more added, one removed.
    expect(within(drawer).getAllByRole('textbox').length).toBe(4);
    fireEvent.change(within(drawer).getByRole('combobox', { name: 'Add a language' }), { target: { value: 'ar' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Add' }));
    expect(within(drawer).getAllByRole('textbox').length).toBe(5);
    fireEvent.click(within(drawer).getAllByRole('button', { name: /^Remove / }).at(-1)!);
    expect(within(drawer).getAllByRole('textbox').length).toBe(4);

    fireEvent.input(shortcut, { target: { value: '/Refund' } });
    const [en, zhCN] = within(drawer).getAllByRole('textbox').slice(1);
    fireEvent.input(en!, { target: { value: 'Hi {{visitor.name | there}}, your refund is on its way.' } });
    fireEvent.input(zhCN!, { target: { value: '{{visitor.name}}，您的退款已在路上。' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      shortcut: 'refund',
      scope: 'workspace',
      texts: { en: 'Hi {{visitor.name | there}}, your refund is on its way.', 'zh-CN': '{{visitor.name}}，您的退款已在路上。' },
    });
    await screen.findByText('/refund');
    expect(screen.getByText('Saved /refund.')).toBeTruthy();

    // A second reply with the same shortcut in the same scope is refused before sending; one the server refuses (409) is the shortcut's fault too.
    fireEvent.click(screen.getByRole('button', { name: 'New reply' }));
    const again = screen.getByRole('dialog', { name: 'New canned reply' });
    fireEvent.input(within(again).getByRole('textbox', { name: 'Shortcut' }), { target: { value: 'refund' } });
    fireEvent.input(within(again).getAllByRole('textbox')[1]!, { target: { value: 'x' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await within(again).findByText('Another reply you can see already has this shortcut.');
    fireEvent.input(within(again).getByRole('textbox', { name: 'Shortcut' }), { target: { value: 'race' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await within(again).findByText('Another reply you can see already has this shortcut.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });

  it("an agent's page is theirs: shared replies without Edit or Delete, their own deleted after a confirmation", async () => {
    const { rest, calls } = server([reply('r1', 'hello', 'workspace'), reply('r2', 'mine', 'personal', { 'zh-TW': '您好', en: 'Hello' })]);
    show('agent', rest);
    await screen.findByRole('heading', { name: 'My replies', level: 1 });
    await screen.findByText('/mine');
    expect(screen.queryByRole('button', { name: 'Edit /hello' })).toBeNull();
    expect(screen.getByText('Only admins change the team’s shared replies.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete /mine' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete /mine?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('/mine')).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/canned-replies/r2')).toBe(true);
    // The editor offers no scope to an agent: what they write is theirs.
    fireEvent.click(screen.getByRole('button', { name: 'New reply' }));
    expect(screen.queryByRole('group', { name: 'Who sees it' })).toBeNull();
  });
});
