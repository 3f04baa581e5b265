import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bot, Department } from '@parley/shared';
import { RestClientContext } from '../api/rest-client.js';
import { restClientOf, type Api } from '../test/rest-client-of.js';
import { renderInEnglish } from '../test/render.js';
import { emptyDraft, type RuleDraft } from './rule-draft.js';
import { RuleEditor } from './rule-editor.js';

const department = (id: string, name: string): Department => ({ id, workspaceId: 'w', name, escalatesToId: null, hours: null, memberIds: [], createdAt: 0 });
const bot = (id: string, name: string, mode: Bot['mode']): Bot => ({
  id, workspaceId: 'w', name, avatarUrl: null, mode, webhookUrl: null, answerTimeoutMs: 30_000, healthy: true, createdAt: 0,
});

describe('the rule editor: where a reply goes', () => {
  afterEach(() => cleanup());

  const api: Api = async <T,>(method: string, path: string) => {
    if (method === 'GET' && path === '/departments') return { departments: [department('dep-sales', '销售'), department('dep-support', 'Support')] } as T;
    if (method === 'GET' && path === '/bots') return { bots: [bot('bot_kb', 'Parley Assistant', 'knowledge-base'), bot('bot_echo', 'Echo', 'socket')] } as T;
    throw new Error(`unexpected ${method} ${path}`);
  };

  it("offers the workspace's departments and bots, the knowledge-base bot labelled, and saves the choice", async () => {
    const saved: RuleDraft[] = [];
    renderInEnglish(
      <RestClientContext.Provider value={restClientOf(api)}>
        <RuleEditor editingName={null} initial={emptyDraft()} refusal={null} onSave={(d) => saved.push(d)} onCancel={() => undefined} />
      </RestClientContext.Provider>,
    );
    const departmentSelect = screen.getByLabelText('Start the chat in department') as HTMLSelectElement;
    const botSelect = screen.getByLabelText('Answered first by') as HTMLSelectElement;
    await waitFor(() => expect(botSelect.options.length).toBe(3));
    await waitFor(() => expect(departmentSelect.options.length).toBe(3));
    expect([...departmentSelect.options].map((o) => o.text)).toEqual(['None: the usual routing', '销售', 'Support']);
    expect([...botSelect.options].map((o) => o.text)).toEqual(['None: people answer', 'Parley Assistant (Knowledge base)', 'Echo (Socket)']);

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Pricing help' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), { target: { value: '需要帮忙吗？' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'From' }), { target: { value: 'Mei' } });
    fireEvent.change(departmentSelect, { target: { value: 'dep-sales' } });
    fireEvent.change(botSelect, { target: { value: 'bot_kb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger' }));
    expect(saved.at(-1)?.action).toMatchObject({ departmentId: 'dep-sales', botId: 'bot_kb', message: { text: '需要帮忙吗？', senderName: 'Mei' } });

    fireEvent.change(botSelect, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger' }));
    expect(saved.at(-1)?.action).toMatchObject({ departmentId: 'dep-sales', botId: null });
  });
});
